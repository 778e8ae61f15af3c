package dev.peerdesk.platform.text;

import dev.peerdesk.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One case rule for every enum read from outside: the exact name or its lower case, nothing else. */
class EnumNamesTest {

    enum Reason { SPAM, RUDE, OFF_TOPIC }

    @EnumNames.LowerCase
    enum Sort { NEWEST, VOTES }

    enum Single { ONLY }

    @Test
    void theExactNameAndItsLowerCaseNameAConstant() {
        assertThat(EnumNames.find(Reason.class, "OFF_TOPIC")).contains(Reason.OFF_TOPIC);
        assertThat(EnumNames.find(Reason.class, "off_topic")).contains(Reason.OFF_TOPIC);
        assertThat(EnumNames.find(Sort.class, "newest")).contains(Sort.NEWEST);
        assertThat(EnumNames.find(Sort.class, "NEWEST")).contains(Sort.NEWEST);
    }

    @Test
    void otherSpellingsNameNothing() {
        assertThat(EnumNames.find(Reason.class, "Spam")).isEmpty();
        assertThat(EnumNames.find(Reason.class, " SPAM")).isEmpty();
        assertThat(EnumNames.find(Reason.class, "SPAM ")).isEmpty();
        assertThat(EnumNames.find(Reason.class, "off-topic")).isEmpty();
        assertThat(EnumNames.find(Reason.class, "")).isEmpty();
        assertThat(EnumNames.find(Reason.class, null)).isEmpty();
        assertThat(EnumNames.find(Reason.class, "0")).as("no ordinals").isEmpty();
    }

    @Test
    void aMissingOrEmptyValueParsesToNothingAndAnUnknownOneIsRefusedNamingTheFieldAndTheValues() {
        assertThat(EnumNames.parse(Reason.class, "reason", null)).isNull();
        assertThat(EnumNames.parse(Reason.class, "reason", "")).isNull();
        assertThat(EnumNames.parse(Reason.class, "reason", "rude")).isEqualTo(Reason.RUDE);

        assertThatThrownBy(() -> EnumNames.parse(Reason.class, "reason", "MAYBE"))
                .isInstanceOfSatisfying(Refusal.Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new Refusal.FieldError("reason", "must be SPAM, RUDE or OFF_TOPIC")));
    }

    @Test
    void theAllowedValuesAreListedAsTheApiSpellsThemInPlainWords() {
        assertThat(EnumNames.mustBe(Reason.class)).isEqualTo("must be SPAM, RUDE or OFF_TOPIC");
        assertThat(EnumNames.allowed(Sort.class)).isEqualTo("newest or votes");
        assertThat(EnumNames.allowed(Single.class)).isEqualTo("ONLY");
        assertThat(EnumNames.mustBe(Reason.class)).doesNotContain("Reason").doesNotContain("dev.peerdesk");
    }

    @Test
    void aValueIsSpelledAsTheApiWritesIt() {
        assertThat(EnumNames.spelling(Sort.VOTES)).isEqualTo("votes");
        assertThat(EnumNames.spelling(Reason.OFF_TOPIC)).isEqualTo("OFF_TOPIC");
    }
}
