package dev.peerdesk.platform.rest;

import dev.peerdesk.platform.errors.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

    @Test
    void aCursorSurvivesTheRoundTrip() {
        Cursor cursor = new Cursor("1795436591384000123", 42);
        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(Cursor.decode(new Cursor("-3", 7).encode()).sortKeyAsLong()).isEqualTo(-3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "bm90LWEtY3Vyc29y", ""})
    void tamperedCursorsAreInvalidNotWrongPages(String garbage) {
        assertThatThrownBy(() -> Cursor.decode(garbage).sortKeyAsLong())
                .isInstanceOfSatisfying(Refusal.Invalid.class, e -> assertThat(e.errors()).extracting(Refusal.FieldError::field).containsExactly("cursor"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101, -1})
    void limitsOutsideOneToHundredAreInvalid(int limit) {
        assertThatThrownBy(() -> Cursor.limit(limit)).isInstanceOfSatisfying(Refusal.Invalid.class, e -> assertThat(e.errors()).extracting(Refusal.FieldError::field).containsExactly("limit"));
    }

    @Test
    void theDefaultLimitIsTwenty() {
        assertThat(Cursor.limit(null)).isEqualTo(20);
        assertThat(Cursor.limit(100)).isEqualTo(100);
    }
}
