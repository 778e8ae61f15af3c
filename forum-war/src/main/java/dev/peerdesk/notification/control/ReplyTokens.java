package dev.peerdesk.notification.control;

import dev.peerdesk.notification.entity.ReplyToken;
import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.platform.Row;
import dev.peerdesk.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reply addresses of notification mails: {@code reply+<token>@<reply domain>}. The token is a random
 * row id (100 bits) and an HMAC-SHA256 over what the row says (recipient, purpose, question, post), so
 * a guessed or altered token is refused even by a node whose database row were tampered with; it is
 * lower-case base32 because mail systems may fold the case of a local part. One token, one reply: a
 * second message to the same address is refused (a forwarded or leaked mail cannot post again), and
 * tokens end after {@link #VALID_FOR}.
 */
@ApplicationScoped
public class ReplyTokens {

    static final Duration VALID_FOR = Duration.ofDays(60);
    private static final String KEY_SETTING = "notification.reply-key";
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final int ID_CHARS = 20;
    private static final int MAC_CHARS = 12;
    private static final Pattern TOKEN = Pattern.compile("[a-z2-7]{" + (ID_CHARS + MAC_CHARS) + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Settings storedSettings;

    /** What a valid token was issued for. {@code postId} null: the question's ticket. */
    public record Issued(String token, long userId, ReplyPurpose purpose, long questionId, Long postId) {
    }

    /** Why a token does not let a reply through. */
    public enum Problem { FORGED, EXPIRED, USED }

    public sealed interface Check permits Valid, Refused {
    }

    public record Valid(Issued issued) implements Check {
    }

    /** {@code issued}: what the genuine token was for (null when FORGED), so the sender can be checked first. */
    public record Refused(Problem problem, Issued issued) implements Check {
    }

    /** Issues a token in the caller's transaction (the one that writes the mail). */
    public String issue(long userId, ReplyPurpose purpose, long questionId, Long postId) {
        StringBuilder id = new StringBuilder(ID_CHARS);
        for (int i = 0; i < ID_CHARS; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        em.createNamedQuery(ReplyToken.ISSUE).setParameter(1, id.toString()).setParameter(2, userId)
                .setParameter(3, purpose.name()).setParameter(4, questionId).setParameter(5, postId)
                .setParameter(6, InstantConverter.toDatabase(clock.instant())).executeUpdate();
        return id + mac(id.toString(), userId, purpose, questionId, postId);
    }

    /** The token's facts when it is genuine, unexpired and unused (it is not marked used here). */
    public Check check(String token) {
        String t = token == null ? "" : token.toLowerCase(java.util.Locale.ROOT);
        if (!TOKEN.matcher(t).matches()) {
            return new Refused(Problem.FORGED, null);
        }
        String id = t.substring(0, ID_CHARS);
        Optional<Row> row = Row.first(em.createNamedQuery(ReplyToken.FIND).setParameter(1, id));
        if (row.isEmpty()) {
            return new Refused(Problem.FORGED, null);
        }
        Row r = row.get();
        ReplyPurpose purpose = ReplyPurpose.valueOf(r.string(1));
        Issued issued = new Issued(t, r.longAt(0), purpose, r.longAt(2), r.longOrNull(3));
        String expected = mac(id, issued.userId(), purpose, issued.questionId(), issued.postId());
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                t.substring(ID_CHARS).getBytes(StandardCharsets.US_ASCII))) {
            return new Refused(Problem.FORGED, null);
        }
        if (r.instant(4).plus(VALID_FOR).isBefore(clock.instant())) {
            return new Refused(Problem.EXPIRED, issued);
        }
        if (r.instant(5) != null) {
            return new Refused(Problem.USED, issued);
        }
        return new Valid(issued);
    }

    /** Marks the token used in the caller's transaction; false when another reply used it first. */
    public boolean use(Issued issued) {
        return em.createNamedQuery(ReplyToken.USE).setParameter(1, InstantConverter.toDatabase(clock.instant()))
                .setParameter(2, issued.token().substring(0, ID_CHARS)).executeUpdate() == 1;
    }

    /** Deletes a bounded batch of tokens long past their validity. */
    public int purge(int limit) {
        return em.createNamedQuery(ReplyToken.PURGE)
                .setParameter(1, InstantConverter.toDatabase(clock.instant().minus(VALID_FOR.multipliedBy(2))))
                .setParameter(2, limit).executeUpdate();
    }

    private String mac(String id, long userId, ReplyPurpose purpose, long questionId, Long postId) {
        String payload = id + "." + userId + "." + purpose.name() + "." + questionId + "." + postId;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] sum = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            StringBuilder out = new StringBuilder(MAC_CHARS);
            for (int i = 0; i < MAC_CHARS; i++) { // 5 bits per character from the first 60 bits
                int bit = i * 5;
                int v = ((sum[bit / 8] & 0xff) << 8 | (sum[bit / 8 + 1] & 0xff)) >> (11 - bit % 8) & 31;
                out.append(ALPHABET.charAt(v));
            }
            return out.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        return storedSettings.secretKey(KEY_SETTING);
    }
}
