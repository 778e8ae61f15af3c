package dev.peerdesk.platform.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import dev.peerdesk.platform.text.Markdown;

class MarkdownTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<div onclick=\"steal()\">hi</div>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert(1)>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>"
    })
    void nothingExecutableSurvives(String hostile) {
        String html = Markdown.toSafeHtml("Before " + hostile + " after");
        assertThat(html.toLowerCase())
                .doesNotContain("<script").doesNotContain("onerror").doesNotContain("onclick")
                .doesNotContain("onload").doesNotContain("javascript:").doesNotContain("<iframe");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "**bold**|<strong>bold</strong>",
            "_em_|<em>em</em>",
            "~~gone~~|<del>gone</del>",
            "`code`|<code>code</code>",
            "https://example.com|href=\"https://example.com\"",
            "[docs](https://docs.example.com)|href=\"https://docs.example.com\""
    })
    void commonMarkWithGfmExtensionsIsRendered(String markdown, String expected) {
        assertThat(Markdown.toSafeHtml(markdown)).contains(expected);
    }

    @Test
    void tablesAndCodeBlocksAreKept() {
        String html = Markdown.toSafeHtml("| a | b |\n|---|---|\n| 1 | 2 |\n\n```java\nint x = 1;\n```");
        assertThat(html).contains("<table>").contains("<td>1</td>").contains("<pre><code class=\"language-java\">");
    }

    @Test
    void linksAreMarkedAsUserContent() {
        assertThat(Markdown.toSafeHtml("[x](https://example.com)")).contains("nofollow").contains("noopener").contains("ugc");
    }

    @Test
    void plainTextDropsMarkupAndIsShortened() {
        assertThat(Markdown.toPlainText("**Hello** `world`\n\n# Title", 100)).isEqualTo("Hello world Title");
        assertThat(Markdown.toPlainText("a".repeat(50), 10)).isEqualTo("aaaaaaaaaa…");
    }
}
