package dev.peerdesk.question.control;

import dev.peerdesk.platform.errors.Checks;
import dev.peerdesk.platform.errors.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostRulesTest {

    @ParameterizedTest
    @CsvSource({"14,false", "15,true", "150,true", "151,false"})
    void titlesAreFifteenToOneHundredFiftyCharacters(int length, boolean valid) {
        assertThat(PostRules.title(new Checks(), "t".repeat(length)).valid()).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"29,false", "30,true", "30000,true", "30001,false"})
    void bodiesAreThirtyToThirtyThousandCharacters(int length, boolean valid) {
        assertThat(PostRules.body(new Checks(), "b".repeat(length)).valid()).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"14,false", "15,true", "600,true", "601,false"})
    void commentsAreFifteenToSixHundredCharacters(int length, boolean valid) {
        assertThat(PostRules.comment(new Checks(), "c".repeat(length)).valid()).isEqualTo(valid);
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        assertThat(PostRules.title(new Checks(), "🚀".repeat(150)).valid()).isTrue();
        assertThat(PostRules.title(new Checks(), "🚀".repeat(151)).valid()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "java|true",
            "c#;c++;.net;node.js;a-b|true",
            "a;b;c;d;e;f|false",
            "has space|false",
            "UPPER|true",
            "ümlaut|false",
            "tttttttttttttttttttttttttttttttttttt|false"
    })
    void tagsFollowTheFormatAndCount(String tags, boolean valid) {
        Checks checks = new Checks();
        PostRules.tags(checks, Arrays.asList(tags.split(";")));
        assertThat(checks.valid()).isEqualTo(valid);
    }

    @Test
    void tagsAreNormalisedToLowerCaseWithoutRepeats() {
        assertThat(PostRules.tags(new Checks(), List.of("Java", " java ", "JPA"))).containsExactly("java", "jpa");
    }

    @Test
    void allFieldErrorsAreReportedTogether() {
        Checks checks = new Checks();
        PostRules.title(checks, "short");
        PostRules.body(checks, "short");
        PostRules.tags(checks, List.of());
        assertThatThrownBy(checks::orThrow).isInstanceOfSatisfying(Refusal.Invalid.class, e -> {
            assertThat(e.errors()).extracting(f -> f.field()).containsExactly("title", "body", "tags");
        });
    }
}
