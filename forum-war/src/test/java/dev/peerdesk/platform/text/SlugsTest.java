package dev.peerdesk.platform.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import dev.peerdesk.platform.text.Slugs;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How do I export my invoices as CSV?|how-do-i-export-my-invoices-as-csv",
            "Café crème — déjà vu|cafe-creme-deja-vu",
            "  --Leading and trailing--  |leading-and-trailing",
            "日本語だけ|question",
            "C# and C++ in 2026|c-and-c-in-2026"
    })
    void slugsAreReadableAsciiPaths(String title, String slug) {
        assertThat(Slugs.of(title)).isEqualTo(slug);
    }

    @org.junit.jupiter.api.Test
    void longTitlesAreCutAtAWordBoundary() {
        String slug = Slugs.of("word ".repeat(40));
        assertThat(slug.length()).isLessThanOrEqualTo(80);
        assertThat(slug).doesNotEndWith("-").endsWith("word");
    }
}
