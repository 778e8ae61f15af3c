package dev.peerdesk.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Enum-typed JSON fields read by the one case rule; an unknown value becomes a 422 naming the field
 * (the path Yasson reports) and the allowed values, a value that is not a string a 400.
 */
class JsonBindingTest {

    enum Priority { LOW, NORMAL, HIGH, URGENT }

    private final JsonBinding.EnumDeserializer deserializer = new JsonBinding.EnumDeserializer();

    /** As Yasson hands it over: the parser on the value's event. */
    private Object read(String json) {
        JsonParser parser = Json.createParser(new StringReader(json));
        parser.next();
        return deserializer.deserialize(parser, null, Priority.class);
    }

    @Test
    void aStringNamesTheConstantByItsExactOrLowerCaseName() {
        assertThat(read("\"URGENT\"")).isEqualTo(Priority.URGENT);
        assertThat(read("\"urgent\"")).isEqualTo(Priority.URGENT);
        assertThat(read("null")).isNull();
    }

    @Test
    void anUnknownNameIsAnUnknownValueAndANumberIsTheWrongType() {
        assertThatThrownBy(() -> read("\"Urgent\"")).isInstanceOfSatisfying(JsonBinding.BadValue.class, bad -> {
            assertThat(bad.wrongType()).isFalse();
            assertThat(bad.getMessage()).isEqualTo("must be LOW, NORMAL, HIGH or URGENT");
        });
        assertThatThrownBy(() -> read("\"SOON\"")).isInstanceOf(JsonBinding.BadValue.class);
        assertThatThrownBy(() -> read("3")).isInstanceOfSatisfying(JsonBinding.BadValue.class,
                bad -> assertThat(bad.wrongType()).isTrue());
        assertThatThrownBy(() -> JsonBinding.EnumDeserializer.read(JsonValue.TRUE, Priority.class))
                .isInstanceOfSatisfying(JsonBinding.BadValue.class, bad -> assertThat(bad.wrongType()).isTrue());
    }

    @Test
    void anUnknownValueInABodyIsA422NamingTheFieldAndTheAllowedValues() {
        JsonBinding.BadValue bad = (JsonBinding.BadValue) catchBadValue("\"SOON\"");
        // Yasson wraps a deserializer's failure with the property it was reading
        JsonbException wrapped = new JsonbException("Unable to deserialize property 'priority' because of: "
                + bad.getMessage(), bad);

        ProblemException problem = ProblemMappers.translate(new jakarta.ws.rs.ProcessingException("entity", wrapped));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.toProblem().errors()).containsExactly(
                new Problem.FieldError("priority", "must be LOW, NORMAL, HIGH or URGENT"));
        assertThat(problem.toProblem().detail()).isEqualTo("priority: must be LOW, NORMAL, HIGH or URGENT");
    }

    @Test
    void anElementOfAListIsNamedByTheList() {
        JsonBinding.BadValue bad = (JsonBinding.BadValue) catchBadValue("\"KING\"");
        JsonbException element = new JsonbException("Internal error: " + bad.getMessage(), bad);
        JsonbException wrapped = new JsonbException("Unable to deserialize property 'roles' because of: "
                + element.getMessage(), element);

        assertThat(ProblemMappers.translate(wrapped).toProblem().errors()).extracting(Problem.FieldError::field)
                .containsExactly("roles");
    }

    @Test
    void aValueOfTheWrongTypeIsA400() {
        JsonBinding.BadValue bad = (JsonBinding.BadValue) catchBadValue("{}");
        JsonbException wrapped = new JsonbException("Unable to deserialize property 'status' because of: "
                + bad.getMessage(), bad);

        ProblemException problem = ProblemMappers.translate(wrapped);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.toProblem().errors()).containsExactly(
                new Problem.FieldError("status", "has the wrong type: expected a string"));
    }

    private Throwable catchBadValue(String json) {
        try {
            read(json);
        } catch (JsonBinding.BadValue bad) {
            return bad;
        }
        throw new AssertionError("no failure for " + json);
    }
}
