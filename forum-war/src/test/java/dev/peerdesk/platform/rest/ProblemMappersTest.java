package dev.peerdesk.platform.rest;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Parser failures become problems a client understands: the field, the expected JSON type, no Java. */
class ProblemMappersTest {

    @Test
    void aWrongTypeNamesTheFieldAndTheJsonTypeExpected() {
        JsonbException inner = new JsonbException("Incorrect position for processing type: interface java.util.List."
                + " Received event: VALUE_STRING Allowed: [START_ARRAY]");
        ProblemException problem = ProblemMappers.translate(new JsonbException(
                "Unable to deserialize property 'tags' because of: " + inner.getMessage(), inner));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.toProblem().errors()).containsExactly(
                new Problem.FieldError("tags", "has the wrong type: expected an array"));
        assertThat(problem.getMessage()).doesNotContain("java").doesNotContain("START_ARRAY");
    }

    @Test
    void aNestedPropertyIsNamedByItsPath() {
        NumberFormatException cause = new NumberFormatException("For input string: \"q\"");
        JsonbException level3 = new JsonbException("Error deserialize JSON value into type: int.", cause);
        JsonbException level2 = new JsonbException("Unable to deserialize property 'n' because of: " + level3.getMessage(), level3);
        JsonbException level1 = new JsonbException("Unable to deserialize property 'inner' because of: " + level2.getMessage(), level2);

        assertThat(ProblemMappers.translate(level1).toProblem().errors())
                .containsExactly(new Problem.FieldError("inner.n", "must be a number"));
    }

    @Test
    void aProblemInsideAParserFailureWins() {
        ProblemException tooLarge = new ProblemException(413, "Content too large", "too large", java.util.List.of(), null);
        assertThat(ProblemMappers.translate(new JsonbException("Internal error", new RuntimeException(tooLarge))).status())
                .isEqualTo(413);
    }

    /**
     * A concurrent edit reaches the mapper wrapped as the container wraps it (TransactionalException →
     * RollbackException → OptimisticLockException) and is answered 409, never 500.
     */
    @Test
    void aLostVersionCheckIsAConflictHoweverDeeplyWrapped() {
        var lost = new jakarta.persistence.OptimisticLockException("version 3 expected");
        var rollback = new jakarta.persistence.RollbackException("rolled back", lost);
        var transactional = new jakarta.transaction.TransactionalException("tx failed", rollback);

        ProblemException problem = ProblemMappers.translate(transactional);

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.getMessage()).contains("reload and try again");
    }

    @Test
    void aDuplicateRowIsAConflict() {
        var duplicate = new java.sql.SQLIntegrityConstraintViolationException("Duplicate entry");
        assertThat(ProblemMappers.translate(new jakarta.persistence.PersistenceException(duplicate)).status())
                .isEqualTo(409);
    }

    @Test
    void eachRefusalHasItsOwnStatus() {
        assertThat(ProblemMappers.translate(dev.peerdesk.platform.errors.Refusal.malformed("x")).status()).isEqualTo(400);
        assertThat(ProblemMappers.translate(dev.peerdesk.platform.errors.Refusal.signInRequired("x")).status()).isEqualTo(401);
        assertThat(ProblemMappers.translate(dev.peerdesk.platform.errors.Refusal.notAllowed("x")).status()).isEqualTo(403);
        assertThat(ProblemMappers.translate(dev.peerdesk.platform.errors.Refusal.notFound("Question 9")).toProblem().detail())
                .isEqualTo("Question 9 does not exist");
        assertThat(ProblemMappers.translate(dev.peerdesk.platform.errors.Refusal.conflict("x")).status()).isEqualTo(409);
        ProblemException tooMany = ProblemMappers.translate(dev.peerdesk.platform.errors.Refusal.tooMany("slow down", 30));
        assertThat(tooMany.status()).isEqualTo(429);
        assertThat(tooMany.retryAfterSeconds()).isEqualTo(30L);
    }

    @Test
    void anInvalidRefusalKeepsItsFieldErrors() {
        ProblemException problem = ProblemMappers.translate(
                dev.peerdesk.platform.errors.Refusal.invalid("title", "must be at least 15 characters"));
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.toProblem().errors())
                .containsExactly(new Problem.FieldError("title", "must be at least 15 characters"));
    }

    @Test
    void aRefusalThrownInsideATransactionIsStillTheRefusal() {
        var refused = dev.peerdesk.platform.errors.Refusal.notAllowed("Only a moderator can do this");
        assertThat(ProblemMappers.translate(new jakarta.transaction.TransactionalException("tx", refused)).status())
                .isEqualTo(403);
    }
}
