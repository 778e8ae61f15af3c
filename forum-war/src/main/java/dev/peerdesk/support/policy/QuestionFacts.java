package dev.peerdesk.support.policy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the escalation policy needs to know about a forum question, copied out of the forum so the
 * policy never touches persistence.
 *
 * @param askedAt          when the question was asked; every escalation timer counts from here
 * @param askerPlan        the asker's support plan (e.g. {@code PREMIUM}), or null for none
 * @param tags             the question's tags
 * @param askedByStaff     the asker is a staff member (staff questions are never escalated)
 * @param closed           the question is closed
 * @param locked           the question is locked
 * @param deleted          the question is deleted
 * @param hidden           the question is hidden (e.g. by moderation)
 * @param answeredByOthers someone other than the asker has answered
 * @param accepted         an answer has been accepted
 */
public record QuestionFacts(Instant askedAt, String askerPlan, List<String> tags, boolean askedByStaff,
                            boolean closed, boolean locked, boolean deleted, boolean hidden,
                            boolean answeredByOthers, boolean accepted) {

    public QuestionFacts {
        if (askedAt == null) {
            throw new IllegalArgumentException("askedAt must not be null");
        }
        // Tags come from user input upstream; drop nulls rather than fail on them.
        tags = tags == null ? List.of() : tags.stream().filter(Objects::nonNull).toList();
    }

    /** An open, visible, unanswered question asked by a customer: the usual starting point. */
    public static QuestionFacts open(Instant askedAt, String askerPlan, List<String> tags) {
        return new QuestionFacts(askedAt, askerPlan, tags, false, false, false, false, false, false, false);
    }
}
