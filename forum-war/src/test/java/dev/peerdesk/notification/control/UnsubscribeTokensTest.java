package dev.peerdesk.notification.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class UnsubscribeTokensTest {

    private static final byte[] KEY = "a key of thirty-two bytes or so!".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSignedTokenNamesItsUserAndType() {
        String token = UnsubscribeTokens.sign(KEY, 42, NotificationType.ANSWER);
        assertThat(UnsubscribeTokens.verify(KEY, token))
                .contains(new UnsubscribeTokens.Subject(42, NotificationType.ANSWER));
    }

    @Test
    void aTokenForAnotherUserOrTypeOrKeyIsRefused() {
        String token = UnsubscribeTokens.sign(KEY, 42, NotificationType.ANSWER);
        String mac = token.substring(token.lastIndexOf('.'));
        assertThat(UnsubscribeTokens.verify(KEY, "43.ANSWER" + mac)).isEmpty();
        assertThat(UnsubscribeTokens.verify(KEY, "42.COMMENT" + mac)).isEmpty();
        assertThat(UnsubscribeTokens.verify("another key".getBytes(StandardCharsets.UTF_8), token)).isEmpty();
        assertThat(UnsubscribeTokens.verify(KEY, "garbage")).isEmpty();
        assertThat(UnsubscribeTokens.verify(KEY, null)).isEmpty();
    }

    @Test
    void theDigestsTokenNamesNoTypeAndCannotBeTurnedIntoOne() {
        String token = UnsubscribeTokens.sign(KEY, 42, null);
        assertThat(UnsubscribeTokens.verify(KEY, token)).contains(new UnsubscribeTokens.Subject(42, null));
        String mac = token.substring(token.lastIndexOf('.'));
        assertThat(UnsubscribeTokens.verify(KEY, "42.ANSWER" + mac)).isEmpty();
    }
}
