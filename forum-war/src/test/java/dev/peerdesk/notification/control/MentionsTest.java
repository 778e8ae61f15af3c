package dev.peerdesk.notification.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MentionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Thanks @JaneDoe, that worked|janedoe",
            "@bob and @Carol.|bob,carol",
            "(@bob) @bob again|bob",
            "mail me at jane@example.com|",
            "`@inline` code but @prose|prose",
            "``two @ticks`` then @after|after",
            "no at sign here|",
            "a lone @ sign|",
            "@O'Brien knows|o'brien"})
    void mentionsAreFoundInProseOnly(String body, String expected) {
        List<String> names = Mentions.names(body);
        assertThat(names).containsExactlyElementsOf(
                expected == null ? List.of() : Arrays.stream(expected.split(",")).map(Mentions::key).toList());
    }

    @Test
    void codeBlocksMentionNobody() {
        String body = """
                Before @alice

                ```java
                // @bob in a fenced block
                ```

                    @carol in an indented block

                ~~~
                @dave
                ~~~
                After @erin""";
        assertThat(Mentions.names(body)).containsExactly("alice", "erin");
    }

    @Test
    void aPostNamesAtMostTenPeople() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            body.append("@user").append(i).append(' ');
        }
        assertThat(Mentions.names(body.toString())).hasSize(Mentions.MAX_MENTIONS);
    }

    private static final Map<Long, String> PARTICIPANTS = new LinkedHashMap<>();

    static {
        PARTICIPANTS.put(1L, "Jane Doe");
        PARTICIPANTS.put(2L, "Janet");
        PARTICIPANTS.put(3L, "Bob Stone");
        PARTICIPANTS.put(4L, "Bobby Tables");
        PARTICIPANTS.put(5L, "Zoë Ångström");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "janedoe|1",
            "JANEDOE|1",
            "janet|2",
            "jane|",          // a prefix of Jane Doe and of Janet: ambiguous
            "bobst|3",
            "bobby|4",
            "bob|",           // ambiguous prefix
            "bo|",            // too short to be a prefix
            "zoë|5",
            "nobody|"})
    void aMentionIsAnExactNameOrAUniquePrefixOfAtLeastThreeCharacters(String mention, Long expected) {
        assertThat(Mentions.resolve(List.of(Mentions.key(mention)), PARTICIPANTS))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void anExactNameWinsOverLongerNamesItPrefixes() {
        Map<Long, String> participants = Map.of(7L, "Ann", 8L, "Anna Bell");
        assertThat(Mentions.resolve(List.of("ann"), participants)).containsExactly(7L);
    }
}
