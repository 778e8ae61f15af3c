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
}
