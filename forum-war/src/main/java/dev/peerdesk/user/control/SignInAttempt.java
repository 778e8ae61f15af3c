package dev.peerdesk.user.control;

/**
 * Fired (synchronously, inside the sign-in's transaction) before a password is checked, so that the
 * moderation feature's throttle can hold the account's lock and refuse the attempt with a 429
 * ({@code Refusal}) — the user feature knows nothing of limits. After the check the same
 * object is fired again inside {@link Outcome}.
 */
public final class SignInAttempt {

    private final String account;
    private final String address;

    public SignInAttempt(String account, String address) {
        this.account = account;
        this.address = address;
    }

    /** The e-mail as typed, lower-cased. */
    public String account() {
        return account;
    }

    /** The client address (see {@code ClientAddress}). */
    public String address() {
        return address;
    }

    /** The password check is over. */
    public record Outcome(SignInAttempt attempt, boolean succeeded) {
    }

    /** A registration is about to be tried from {@code address}; observers may refuse it with a 429. */
    public record Registration(String address) {
    }
}
