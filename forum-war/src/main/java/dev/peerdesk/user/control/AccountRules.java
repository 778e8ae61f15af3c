package dev.peerdesk.user.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a new account's name and password must be, beyond their lengths (SPEC §8): names people can
 * read and that do not pass for staff, passwords that are not on every attacker's first page.
 */
public final class AccountRules {

    /**
     * Characters that reorder or hide text: bidi embeddings, overrides and isolates, marks, and
     * zero-width characters. A name built with them displays as something other than what it is.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF\\u00AD]");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Set<String> RESERVED = Set.of("admin", "administrator", "administrators", "moderator",
            "moderators", "mod", "mods", "support", "supportteam", "supportagent", "staff", "system", "official",
            "peerdesk", "peerdeskteam", "peerdesksupport", "peerdeskstaff", "helpdesk", "root", "sysadmin");
    /** "Jane (support)", "Bob [Staff]", "Ann - Moderator", "Kim | Peerdesk team" */
    private static final Pattern STAFF_SUFFIX = Pattern.compile(
            "[(\\[{|\\-–—:]\\s*(?:peerdesk\\s*)?(admin|administrator|moderator|mod|support|staff|team|official|agent)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> COMMON_PASSWORDS = load("common-passwords.txt");

    private AccountRules() {
    }

    /**
     * The name as it will be shown: compatibility-normalised (full-width letters become plain
     * ones), invisible and control characters removed, runs of spaces collapsed.
     */
    public static String cleanDisplayName(String name) {
        if (name == null) {
            return null;
        }
        String clean = Normalizer.normalize(name, Normalizer.Form.NFKC);
        clean = INVISIBLE.matcher(clean).replaceAll("");
        clean = CONTROL.matcher(clean).replaceAll(" ");
        return clean.replaceAll("\\s+", " ").strip();
    }

    /** Why a (cleaned) display name cannot be used, if it cannot. */
    public static Optional<String> displayNameProblem(String cleaned) {
        if (cleaned == null) {
            return Optional.empty(); // "required" is said elsewhere
        }
        long visible = cleaned.codePoints().filter(Character::isLetterOrDigit).count();
        if (visible < 2) {
            return Optional.of("must contain letters or digits people can read");
        }
        String compact = cleaned.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (RESERVED.contains(compact) || STAFF_SUFFIX.matcher(cleaned).find()) {
            return Optional.of("looks like a staff name; staff names are reserved, please choose another");
        }
        return Optional.empty();
    }

    /** Why a password cannot be used, if it cannot (its length is checked elsewhere). */
    public static Optional<String> passwordProblem(String password, String email, String displayName) {
        if (password == null) {
            return Optional.empty();
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON_PASSWORDS.contains(lower)) {
            return Optional.of("is one of the most common passwords and would be guessed first; choose another");
        }
        String compact = lower.replaceAll("\\s+", "");
        if (email != null) {
            String mail = email.strip().toLowerCase(Locale.ROOT);
            int at = mail.indexOf('@');
            if (compact.equals(mail) || (at > 0 && compact.equals(mail.substring(0, at)))) {
                return Optional.of("must not be your e-mail address");
            }
        }
        if (displayName != null && compact.equals(displayName.toLowerCase(Locale.ROOT).replaceAll("\\s+", ""))) {
            return Optional.of("must not be your display name");
        }
        return Optional.empty();
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = AccountRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
