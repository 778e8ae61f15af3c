package dev.peerdesk.moderation;

import dev.peerdesk.moderation.NewUserPolicy.HoldForApproval;
import dev.peerdesk.moderation.NewUserPolicy.Poster;
import dev.peerdesk.moderation.NewUserPolicy.Publish;
import dev.peerdesk.moderation.NewUserPolicy.TooManyLinks;
import dev.peerdesk.moderation.NewUserPolicy.TooSoon;
import dev.peerdesk.moderation.ModerationRules.Overrides;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class NewUserPolicyTest {

    private static final ModerationRules RULES = ModerationRules.defaults();
    private static final Poster NEW_USER = new Poster(1, false);
    private static final Poster ESTABLISHED = new Poster(10, false);
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final String ONE_LINK = "See https://example.com for details.";
    private static final String TWO_LINKS = "See https://example.com and [docs](https://docs.example.com).";
    private static final String THREE_LINKS = TWO_LINKS + " Also www.example.org.";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "plain text without links                                   | 0",
            "visit https://example.com now                              | 1",
            "visit http://example.com/a?b=c#d now                       | 1",
            "VISIT HTTPS://EXAMPLE.COM                                  | 1",
            "see www.example.com                                        | 1",
            "[docs](https://docs.example.com)                           | 1",
            "[https://a.example](https://a.example)                     | 1",
            "[relative](/questions/12)                                  | 1",
            "![logo](https://example.com/logo.png)                      | 1",
            "<https://example.com>                                      | 1",
            "<mailto:someone@example.com>                               | 1",
            "<a href=\"https://example.com\">here</a>                   | 1",
            "https://a.example https://a.example                        | 2",
            "[a](https://a.example) and https://b.example and <https://c.example> | 3",
            "run `curl https://localhost:8080` first                    | 0",
            "an email someone@example.com is not a link                 | 0",
            "the site example.com has no scheme                         | 0",
            "a [bracket] and (parenthesis) are not links                | 0",
            "http:// alone is not a link                                | 0"})
    void linksAreCountedOncePerOccurrence(String text, int links) {
        assertThat(NewUserPolicy.countLinks(text)).isEqualTo(links);
    }

    @Test
    void linksInFencedCodeAreNotCounted() {
        String text = """
                Try this:
                ```bash
                curl https://example.com/api
                wget https://example.com/file
                ```
                and read https://docs.example.com
                ~~~
                https://inside.example
                ~~~
                """;

        assertThat(NewUserPolicy.countLinks(text)).isEqualTo(1);
    }

    @ParameterizedTest(name = "reputation {0}: new={1}")
    @CsvSource({"1, true", "9, true", "10, false", "500, false"})
    void membersBelowTenReputationAreNewUsers(int reputation, boolean isNew) {
        assertThat(new Poster(reputation, false).isNew(RULES)).isEqualTo(isNew);
    }

    @Test
    void staffAreNeverNewUsers() {
        assertThat(new Poster(1, true).isNew(RULES)).isFalse();
    }

    @ParameterizedTest(name = "{0} links -> {1}")
    @CsvSource({"0, Publish", "1, HoldForApproval", "2, HoldForApproval", "3, TooManyLinks"})
    void aNewUsersPostWithLinksIsHeldAndMoreThanTwoAreRefused(int links, String verdict) {
        String text = "Body text" + " https://example.com/x".repeat(links);

        assertThat(NewUserPolicy.decideAnswer(text, NEW_USER, RULES).getClass().getSimpleName()).isEqualTo(verdict);
    }

    @Test
    void aRefusalSaysHowManyLinksAreAllowed() {
        assertThat(NewUserPolicy.decideAnswer(THREE_LINKS, NEW_USER, RULES)).isEqualTo(new TooManyLinks(3, 2));
        assertThat(NewUserPolicy.decideAnswer(ONE_LINK, NEW_USER, RULES)).isEqualTo(new HoldForApproval(1));
    }

    @Test
    void establishedUsersAndStaffPostLinksFreely() {
        assertThat(NewUserPolicy.decideAnswer(THREE_LINKS, ESTABLISHED, RULES)).isEqualTo(new Publish());
        assertThat(NewUserPolicy.decideAnswer(THREE_LINKS, new Poster(1, true), RULES)).isEqualTo(new Publish());
    }

    @ParameterizedTest(name = "asked at {0}, now {1}: {2}")
    @CsvSource({
            "2026-11-22T11:50:00Z,     2026-11-22T12:00:00Z, Publish",
            "2026-11-22T11:50:00.001Z, 2026-11-22T12:00:00Z, TooSoon",
            "2026-11-22T11:59:00Z,     2026-11-22T12:00:00Z, TooSoon",
            "2026-11-22T09:00:00Z,     2026-11-22T12:00:00Z, Publish"})
    void aNewUserAsksAtMostOneQuestionPerTenMinutes(Instant lastQuestionAt, Instant now, String verdict) {
        assertThat(NewUserPolicy.decideQuestion("How do I reset my password?", NEW_USER, lastQuestionAt, now, RULES)
                .getClass().getSimpleName()).isEqualTo(verdict);
    }

    @Test
    void tooSoonSaysWhenTheNextQuestionIsAllowed() {
        assertThat(NewUserPolicy.decideQuestion("Question", NEW_USER, NOW.minusSeconds(60), NOW, RULES))
                .isEqualTo(new TooSoon(NOW.plus(Duration.ofMinutes(9))));
    }

    @Test
    void aFirstQuestionIsNeverTooSoon() {
        assertThat(NewUserPolicy.decideQuestion("Question", NEW_USER, null, NOW, RULES)).isEqualTo(new Publish());
    }

    @Test
    void establishedUsersAskAsOftenAsTheyLike() {
        assertThat(NewUserPolicy.decideQuestion("Question", ESTABLISHED, NOW.minusSeconds(1), NOW, RULES))
                .isEqualTo(new Publish());
    }

    @Test
    void aNewUsersQuestionIsCheckedForLinksToo() {
        assertThat(NewUserPolicy.decideQuestion(TWO_LINKS, NEW_USER, null, NOW, RULES))
                .isEqualTo(new HoldForApproval(2));
        assertThat(NewUserPolicy.decideQuestion(THREE_LINKS, NEW_USER, null, NOW, RULES))
                .isEqualTo(new TooManyLinks(3, 2));
    }

    @Test
    void configuredLimitsApply() {
        ModerationRules rules = RULES.with(new Overrides(null, null, 50, Duration.ofHours(1), 0, null, null, null));
        Poster poster = new Poster(20, false);

        assertThat(NewUserPolicy.decideAnswer(ONE_LINK, poster, rules)).isEqualTo(new TooManyLinks(1, 0));
        assertThat(NewUserPolicy.decideQuestion("Question", poster, NOW.minus(Duration.ofMinutes(30)), NOW, rules))
                .isEqualTo(new TooSoon(NOW.plus(Duration.ofMinutes(30))));
    }
}
