package dev.peerdesk.support.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    // expected values computed independently: printf '%s' "$body" | openssl dgst -sha256 -hmac "$secret"
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "key | The quick brown fox jumps over the lazy dog"
                    + " | f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
            "whsec-ünïcode-key-0001 | Grüße, 世界 | e683bdbccdf8ece7a86b032f176da5f9196ba049eddce699a2a32097a339aca9",
    })
    void signsTheUtf8BodyWithHmacSha256AsLowercaseHex(String secret, String body, String hex) {
        assertThat(WebhookSignature.sign(secret, body)).isEqualTo("sha256=" + hex);
    }

    @Test
    void signsAJsonEventBody() {
        String body = "{\"id\":\"8d3f0b7e-1c2a-4e5f-9a6b-0c1d2e3f4a5b\",\"type\":\"ticket.created\"}";
        assertThat(WebhookSignature.sign("It is a secret of sixteen+", body))
                .isEqualTo("sha256=940c8128c3ca85d37c922d8deb1e5457670681573f776f46cf601ce4bb0b204b");
    }

    @Test
    void anyChangeToTheBodyOrTheSecretChangesTheSignature() {
        String body = "{\"id\":\"e1\",\"type\":\"ticket.created\"}";
        String signature = WebhookSignature.sign("a-secret-of-16-chars", body);
        assertThat(WebhookSignature.sign("a-secret-of-16-chars", body + " ")).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign("a-secret-of-16-charz", body)).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign("a-secret-of-16-chars", body)).isEqualTo(signature);
    }
}
