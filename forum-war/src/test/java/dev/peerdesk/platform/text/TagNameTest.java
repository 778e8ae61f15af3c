package dev.peerdesk.platform.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.peerdesk.platform.text.TagName;

class TagNameTest {

    @ParameterizedTest(name = "\"{0}\" is the tag {1}")
    @CsvSource(delimiter = '|', value = {
            "java|java",
            ".net|.net",
            "c#|c#",
            "c++|c++",
            "node.js|node.js",
            "a|a",
            "' Billing '|billing",
            "JPA|jpa",
            "abcdefghijklmnopqrstuvwxyz012345678|abcdefghijklmnopqrstuvwxyz012345678",
    })
    void spellingsOfTheGrammarAreTagsNormalisedToLowerCase(String typed, String name) {
        assertThat(TagName.parse(typed)).map(TagName::value).hasValue(name);
        assertThat(TagName.of(typed).toString()).isEqualTo(name);
    }

    @ParameterizedTest(name = "\"{0}\" is not a tag")
    @ValueSource(strings = {"", "   ", "two words", "under_score", "ünicode", "semi;colon", "slash/ed",
            "abcdefghijklmnopqrstuvwxyz0123456789"})
    void anythingElseIsNotATag(String typed) {
        assertThat(TagName.parse(typed)).isEmpty();
        assertThatThrownBy(() -> TagName.of(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(TagName.RULE);
    }

    @Test
    void nullIsNotATag() {
        assertThat(TagName.parse(null)).isEmpty();
    }

    @Test
    void thirtyFiveCharactersAreTheLongestTag() {
        assertThat(TagName.parse("x".repeat(TagName.MAX_LENGTH))).isPresent();
        assertThat(TagName.parse("x".repeat(TagName.MAX_LENGTH + 1))).isEmpty();
    }

    @Test
    void lowerCasingDoesNotDependOnTheServersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertThat(TagName.parse("LINUX")).map(TagName::value).hasValue("linux");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theCanonicalConstructorAcceptsOnlyNormalisedNames() {
        assertThat(new TagName(".net").value()).isEqualTo(".net");
        assertThatThrownBy(() -> new TagName("Java")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TagName(" java")).isInstanceOf(IllegalArgumentException.class);
    }
}
