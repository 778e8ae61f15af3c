package dev.peerdesk.platform.errors;

import java.util.List;
import java.util.Optional;

/**
 * Why a service refused to do what it was asked, in domain terms: nothing here knows about HTTP or
 * Faces. Services throw a refusal before changing anything (or the transaction rolls back); the REST
 * mappers turn it into a status code and a problem document, the page helper into messages next to
 * the fields it names.
 */
public abstract sealed class Refusal extends RuntimeException
        permits Refusal.Malformed, Refusal.SignInRequired, Refusal.NotAllowed, Refusal.NotFound,
        Refusal.Conflict, Refusal.Invalid, Refusal.TooMany {

    private Refusal(String detail) {
        super(detail);
    }

    /** A field of the request and what is wrong with it, in words the person can act on. */
    public record FieldError(String field, String message) {
    }

    /** The request itself cannot be read (a malformed cursor, a missing body). */
    public static final class Malformed extends Refusal {
        private Malformed(String detail) {
            super(detail);
        }
    }

    /** Only a signed-in person may do this. */
    public static final class SignInRequired extends Refusal {
        private SignInRequired(String detail) {
            super(detail);
        }
    }

    /** The caller is known but may not do this (role, privilege, suspension, not theirs). */
    public static final class NotAllowed extends Refusal {
        private NotAllowed(String detail) {
            super(detail);
        }
    }

    /** What was named does not exist, or does not exist for this caller (hidden, private). */
    public static final class NotFound extends Refusal {
        private NotFound(String detail) {
            super(detail);
        }
    }

    /** The request is valid but the current state forbids it (already accepted, edited meanwhile…). */
    public static final class Conflict extends Refusal {
        private Conflict(String detail) {
            super(detail);
        }
    }

    /** One or more fields break a rule. */
    public static final class Invalid extends Refusal {
        private final List<FieldError> errors;

        private Invalid(List<FieldError> errors) {
            super(errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are invalid");
            this.errors = List.copyOf(errors);
        }

        public List<FieldError> errors() {
            return errors;
        }
    }

    /** A limit was reached; the caller may try again after the given time. */
    public static final class TooMany extends Refusal {
        private final long retryAfterSeconds;

        private TooMany(String detail, long retryAfterSeconds) {
            super(detail);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    public static Malformed malformed(String detail) {
        return new Malformed(detail);
    }

    public static SignInRequired signInRequired(String detail) {
        return new SignInRequired(detail);
    }

    public static NotAllowed notAllowed(String detail) {
        return new NotAllowed(detail);
    }

    /** {@code what} names the thing, e.g. "Question 12": the detail says it does not exist. */
    public static NotFound notFound(String what) {
        return new NotFound(what + " does not exist");
    }

    public static Conflict conflict(String detail) {
        return new Conflict(detail);
    }

    public static Invalid invalid(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid request names at least one field");
        }
        return new Invalid(errors);
    }

    public static Invalid invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static TooMany tooMany(String detail, long retryAfterSeconds) {
        return new TooMany(detail, retryAfterSeconds);
    }

    /** The field errors of an {@link Invalid} refusal; none for the others. */
    public List<FieldError> errors() {
        return List.of();
    }

    /**
     * The refusal behind a failure, however deeply the container wrapped it
     * ({@code TransactionalException → RollbackException → OptimisticLockException}): a refusal thrown by
     * a service, or a {@link Conflict} for a concurrent edit lost on its version or lock, or for a row
     * that a unique key says exists already.
     */
    public static Optional<Refusal> behind(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Refusal refusal) {
                return Optional.of(refusal);
            }
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof jakarta.persistence.PessimisticLockException) {
                return Optional.of(conflict("Someone else changed this at the same time; reload and try again"));
            }
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return Optional.of(conflict("This already exists"));
            }
        }
        return Optional.empty();
    }
}
