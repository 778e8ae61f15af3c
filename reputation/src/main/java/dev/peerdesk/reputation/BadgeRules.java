package dev.peerdesk.reputation;

import dev.peerdesk.reputation.BadgeFacts.AcceptedAnswerOnOwnQuestion;
import dev.peerdesk.reputation.BadgeFacts.OwnAnswerAccepted;
import dev.peerdesk.reputation.BadgeFacts.OwnPostScored;
import dev.peerdesk.reputation.BadgeFacts.PostEdited;
import dev.peerdesk.reputation.BadgeFacts.VoteGiven;

import java.util.EnumSet;
import java.util.Set;

/**
 * When badges are earned. Badges are awarded once: {@link #newlyEarned} returns only badges the
 * user does not hold yet. Accepting one's own answer earns nothing, like its reputation.
 *
 * <ul>
 *   <li>Student / Teacher: a question / an answer reaches {@code firstPostScore};</li>
 *   <li>Good Question / Nice Answer: a question reaches {@code goodQuestionScore} / an answer
 *       reaches {@code niceAnswerScore};</li>
 *   <li>Supporter / Critic / Editor: first upvote / downvote / edit;</li>
 *   <li>Scholar: accepted someone else's answer on one's own question;</li>
 *   <li>Helper: {@code helperAcceptedAnswers} accepted answers;</li>
 *   <li>Rescuer: an answer accepted on a question already escalated to support.</li>
 * </ul>
 *
 * @param firstPostScore        score that earns Student / Teacher
 * @param niceAnswerScore       score that earns Nice Answer
 * @param goodQuestionScore     score that earns Good Question
 * @param helperAcceptedAnswers accepted answers that earn Helper
 */
public record BadgeRules(int firstPostScore, int niceAnswerScore, int goodQuestionScore, int helperAcceptedAnswers) {

    public BadgeRules {
        atLeastOne("firstPostScore", firstPostScore);
        atLeastOne("niceAnswerScore", niceAnswerScore);
        atLeastOne("goodQuestionScore", goodQuestionScore);
        atLeastOne("helperAcceptedAnswers", helperAcceptedAnswers);
    }

    /** The specification's thresholds: 1, 5, 5 and 10. */
    public static BadgeRules defaults() {
        return new BadgeRules(1, 5, 5, 10);
    }

    /** The badges these facts earn that the user does not hold yet. */
    public Set<Badge> newlyEarned(BadgeFacts facts, Set<Badge> held) {
        Set<Badge> earned = EnumSet.noneOf(Badge.class);
        if (facts instanceof OwnPostScored scored) {
            boolean question = scored.postKind() == PostKind.QUESTION;
            if (scored.score() >= firstPostScore) {
                earned.add(question ? Badge.STUDENT : Badge.TEACHER);
            }
            if (question && scored.score() >= goodQuestionScore) {
                earned.add(Badge.GOOD_QUESTION);
            }
            if (!question && scored.score() >= niceAnswerScore) {
                earned.add(Badge.NICE_ANSWER);
            }
        } else if (facts instanceof VoteGiven vote) {
            earned.add(vote.direction() == VoteDirection.UP ? Badge.SUPPORTER : Badge.CRITIC);
        } else if (facts instanceof PostEdited) {
            earned.add(Badge.EDITOR);
        } else if (facts instanceof OwnAnswerAccepted accepted && !accepted.selfAccepted()) {
            if (accepted.acceptedAnswers() >= helperAcceptedAnswers) {
                earned.add(Badge.HELPER);
            }
            if (accepted.questionEscalated()) {
                earned.add(Badge.RESCUER);
            }
        } else if (facts instanceof AcceptedAnswerOnOwnQuestion accepted && !accepted.ownAnswer()) {
            earned.add(Badge.SCHOLAR);
        }
        earned.removeAll(held);
        return earned;
    }

    private static void atLeastOne(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be >= 1 (was " + value + ")");
        }
    }
}
