package dev.peerdesk.question.entity;

import dev.peerdesk.user.entity.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Moderation's hide and unhide on a post (the rules are the same for questions and answers). */
class PostTest {

    private static final Instant NOW = Instant.parse("2026-03-03T10:00:00Z");

    private static Question question() {
        User author = new User("asker@peerdesk.test", "Asker", "hash", NOW);
        return new Question(author, "How do I export my invoices?", "I need all of last year's invoices as PDF.",
                "<p>I need all of last year's invoices as PDF.</p>", List.of("billing"), NOW);
    }

    @Test
    void aNewPostIsPubliclyVisible() {
        Question post = question();

        assertThat(post.hidden()).isFalse();
        assertThat(post.held()).isFalse();
        assertThat(post.publiclyVisible()).isTrue();
    }

    @Test
    void hidingTakesThePostOutOfPublicViewAndRemembersWhen() {
        Question post = question();

        boolean changed = post.hide(NOW.plus(Duration.ofHours(1)));

        assertThat(changed).isTrue();
        assertThat(post.hidden()).isTrue();
        assertThat(post.hiddenAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(post.publiclyVisible()).isFalse();
    }

    @Test
    void hidingAHiddenPostChangesNothingAndKeepsTheFirstTime() {
        Question post = question();
        post.hide(NOW.plus(Duration.ofHours(1)));

        boolean changed = post.hide(NOW.plus(Duration.ofHours(2)));

        assertThat(changed).isFalse();
        assertThat(post.hiddenAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void unhidingBringsThePostBackAndForgetsWhenItWasHidden() {
        Question post = question();
        post.hide(NOW.plus(Duration.ofHours(1)));

        boolean changed = post.unhide();

        assertThat(changed).isTrue();
        assertThat(post.hidden()).isFalse();
        assertThat(post.hiddenAt()).isNull();
        assertThat(post.publiclyVisible()).isTrue();
    }

    @Test
    void unhidingAVisiblePostChangesNothing() {
        Question post = question();

        assertThat(post.unhide()).isFalse();
        assertThat(post.publiclyVisible()).isTrue();
    }

    @Test
    void aPostHeldForApprovalIsHiddenUntilUnhidden() {
        Question post = question();

        post.holdForApproval(NOW);

        assertThat(post.held()).isTrue();
        assertThat(post.hidden()).isTrue();
        assertThat(post.publiclyVisible()).isFalse();

        assertThat(post.unhide()).isTrue();
        assertThat(post.held()).as("approval ends the hold").isFalse();
        assertThat(post.publiclyVisible()).isTrue();
    }

    @Test
    void unhidingEndsAHoldEvenOnAPostThatIsNoLongerHidden() {
        Question post = question();
        post.holdForApproval(NOW);
        post.unhide();
        post.holdForApproval(NOW.plus(Duration.ofMinutes(5)));
        post.unhide();

        assertThat(post.held()).isFalse();
        assertThat(post.unhide()).as("nothing left to undo").isFalse();
    }

    @Test
    void aDeletedPostStaysOutOfPublicViewWhenUnhidden() {
        Question post = question();
        post.hide(NOW);
        post.delete(NOW.plus(Duration.ofMinutes(1)));

        post.unhide();

        assertThat(post.deleted()).isTrue();
        assertThat(post.publiclyVisible()).isFalse();
    }
}
