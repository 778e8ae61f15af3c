package dev.peerdesk.platform.rest;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.text.EnumNames;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Enum query parameters convert by the one case rule; an unknown value is a 422 naming the
 * parameter and listing the allowed values, without Java in it.
 */
class EnumParametersTest {

    enum Status { NEW, OPEN, PENDING }

    @EnumNames.LowerCase
    enum Sort { NEWEST, ACTIVE }

    @SuppressWarnings("unused") // only its parameters' annotations are read
    static void resource(@QueryParam("status") Status status, @QueryParam("sort") Sort sort,
                         @HeaderParam("X-Status") Status header, @QueryParam("limit") Integer limit) {
    }

    private final EnumParameters provider = new EnumParameters();

    private static Annotation[] annotationsOf(int parameter) throws NoSuchMethodException {
        Method method = EnumParametersTest.class.getDeclaredMethod("resource", Status.class, Sort.class, Status.class,
                Integer.class);
        return method.getParameterAnnotations()[parameter];
    }

    @Test
    void anEnumParameterTakesTheExactNameOrItsLowerCase() throws Exception {
        ParamConverter<Status> status = provider.getConverter(Status.class, Status.class, annotationsOf(0));

        assertThat(status.fromString("PENDING")).isEqualTo(Status.PENDING);
        assertThat(status.fromString("pending")).isEqualTo(Status.PENDING);
        assertThat(status.toString(Status.OPEN)).isEqualTo("OPEN");
        ParamConverter<Sort> sort = provider.getConverter(Sort.class, Sort.class, annotationsOf(1));
        assertThat(sort.fromString("active")).isEqualTo(Sort.ACTIVE);
        assertThat(sort.toString(Sort.ACTIVE)).isEqualTo("active");
    }

    @Test
    void aMissingOrEmptyParameterIsNoFilter() throws Exception {
        ParamConverter<Status> status = provider.getConverter(Status.class, Status.class, annotationsOf(0));

        assertThat(status.fromString(null)).isNull();
        assertThat(status.fromString("")).isNull();
    }

    @Test
    void anUnknownValueIsA422NamingTheParameterAndTheAllowedValues() throws Exception {
        ParamConverter<Status> status = provider.getConverter(Status.class, Status.class, annotationsOf(0));

        assertThatThrownBy(() -> status.fromString("Pending")).isInstanceOf(Refusal.Invalid.class);
        try {
            status.fromString("WHATEVER");
        } catch (Refusal.Invalid refused) {
            // as Jersey reports it: the converter's failure is the cause of its parameter exception
            ProblemException problem = ProblemMappers.translate(new RuntimeException("query parameter", refused));
            assertThat(problem.status()).isEqualTo(422);
            assertThat(problem.toProblem().errors()).containsExactly(
                    new Problem.FieldError("status", "must be NEW, OPEN or PENDING"));
            assertThat(problem.toProblem().detail()).doesNotContain("Status").doesNotContain("java");
        }
        ParamConverter<Sort> sort = provider.getConverter(Sort.class, Sort.class, annotationsOf(1));
        assertThatThrownBy(() -> sort.fromString("random")).isInstanceOfSatisfying(Refusal.Invalid.class,
                invalid -> assertThat(invalid.errors()).containsExactly(
                        new Refusal.FieldError("sort", "must be newest or active")));
    }

    @Test
    void theFieldIsTheParameterAsTheClientNamedIt() throws Exception {
        ParamConverter<Status> header = provider.getConverter(Status.class, Status.class, annotationsOf(2));

        assertThatThrownBy(() -> header.fromString("x")).isInstanceOfSatisfying(Refusal.Invalid.class,
                invalid -> assertThat(invalid.errors().get(0).field()).isEqualTo("X-Status"));
    }

    @Test
    void otherTypesAreLeftToJaxRs() throws Exception {
        assertThat(provider.getConverter(Integer.class, Integer.class, annotationsOf(3))).isNull();
        assertThat(provider.getConverter(String.class, String.class, new Annotation[0])).isNull();
    }
}
