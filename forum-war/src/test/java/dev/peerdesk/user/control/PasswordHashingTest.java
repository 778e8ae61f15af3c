package dev.peerdesk.user.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import dev.peerdesk.platform.security.Tokens;

class PasswordHashingTest {

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String stored = PasswordHashing.hash("correct horse battery");
        assertThat(PasswordHashing.matches("correct horse battery", stored)).isTrue();
        assertThat(PasswordHashing.matches("correct horse batterY", stored)).isFalse();
    }

    @Test
    void hashesAreSaltedAndNameTheirWorkFactor() {
        String first = PasswordHashing.hash("same password");
        String second = PasswordHashing.hash("same password");
        assertThat(first).isNotEqualTo(second).startsWith("pbkdf2-sha256$210000$");
        assertThat(PasswordHashing.ITERATIONS).isGreaterThanOrEqualTo(210_000);
    }

    @Test
    void malformedStoredValuesNeverMatch() {
        assertThat(PasswordHashing.matches("x", "plain-text")).isFalse();
    }

    @Test
    void tokensAreRandomAndStoredAsDigests() {
        String token = Tokens.newToken();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(Tokens.newToken());
        assertThat(Tokens.digest(token)).hasSize(64).isEqualTo(Tokens.digest(token)).doesNotContain(token);
    }
}
