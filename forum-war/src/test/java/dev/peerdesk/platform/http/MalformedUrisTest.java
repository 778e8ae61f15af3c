package dev.peerdesk.platform.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What Payara's connector refuses, as measured on Payara Micro 6.2025.10 (RobustnessIT sends the same). */
class MalformedUrisTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/users/%00                | NUL",
            "/api/v1/questions/%00/answers    | NUL",
            "/api/v1/users/1;x=%00            | NUL",
            "/api/v1/users/%                  | BROKEN_ESCAPE",
            "/api/v1/users/%0                 | BROKEN_ESCAPE",
            "/api/v1/users/%zz                | BROKEN_ESCAPE",
            "/api/v1/users/%g1                | BROKEN_ESCAPE",
            "/api/v1/users/%ff                | NOT_UTF8",
            "/api/v1/users/%c3%28             | NOT_UTF8",
            "/api/v1/users/%c0%ae             | NOT_UTF8",
            "/api/v1/users/%ed%a0%80          | NOT_UTF8",
            "/api/v1/users/a\\b               | BACKSLASH",
            "/api/v1/users/%5c                | BACKSLASH",
            "/%2e%2e/%2e%2e/etc/passwd        | ABOVE_ROOT",
            "/api/v1/%2e%2e/%2e%2e/%2e%2e/x   | ABOVE_ROOT",
            "/..                              | ABOVE_ROOT",
            "//../x                           | ABOVE_ROOT",
            "/a/./../../b                     | ABOVE_ROOT",
            "/%2e%2e%2fx                      | ABOVE_ROOT",
            "/.../b                           | DOT_SEGMENT",
            "/.                               | DOT_SEGMENT",
            "/%2e                             | DOT_SEGMENT",
            "/...                             | DOT_SEGMENT",
            "/a/...                           | DOT_SEGMENT",
            "/a/b/....                        | DOT_SEGMENT",
            "foo                              | NOT_ABSOLUTE",
    })
    void whatTheConnectorRefusesIsNamed(String raw, String expected) throws ReflectiveOperationException {
        String reason = (String) MalformedUris.class.getDeclaredField(expected).get(null);
        assertThat(MalformedUris.malformation(raw)).isEqualTo(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "*", "/api/v1/users/1", "/api/v1/users/%C3%A9", "/api/v1/users/é", "/api/v1/users/%2e",
            "/api/v1/users/%2e%2e", "/api/v1/users/..%2f..%2f..", "/a/..", "/..;/x", "//api/v1/users/1",
            "/api/v1/users/%252e", "/api/v1/users/%2F", "/api/v1/users/%ef%bf%be", "/search.xhtml",
            "/questions/12/a-title-%E5%AF%BC%E5%87%BA", "/api/v1/tags/c%2B%2B", "/ü/%F0%9F%98%80",
            "/a/.", "//.", "/a/.../b", "/api/v1/users/...b", "/...;x", "/a/.b/..c"})
    void whatTheConnectorAcceptsIsLeftAlone(String raw) {
        assertThat(MalformedUris.malformation(raw)).isNull();
    }

    @Test
    void theProblemSaysTheAddressIsMalformedAndWhatToDo() {
        var problem = MalformedUris.problem(MalformedUris.NUL).toProblem();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.title()).isEqualTo("Bad request");
        assertThat(problem.detail()).isEqualTo("The address of this request is malformed: it contains a NUL character (%00). "
                + "Correct the link, or the client that built the address.");
        assertThat(problem.errors()).isEmpty();
    }
}
