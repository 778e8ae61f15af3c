package dev.peerdesk.vote.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.question.boundary.QuestionService;
import dev.peerdesk.question.entity.Answer;
import dev.peerdesk.question.entity.Post;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.moderation.RateLimitedAction;
import dev.peerdesk.moderation.control.ModerationGate;
import dev.peerdesk.reputation.BadgeFacts;
import dev.peerdesk.reputation.PostKind;
import dev.peerdesk.reputation.Privilege;
import dev.peerdesk.reputation.VoteDirection;
import dev.peerdesk.reputation.control.Badges;
import dev.peerdesk.reputation.control.PrivilegeGate;
import dev.peerdesk.reputation.control.ReputationLedger;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * One vote per user per post (+1 or −1), changeable and retractable. The post row is locked for
 * the few statements of a vote, so votes on one post apply one after another and the score is
 * always exactly the sum of its votes, however many arrive at once. Reputation moves in the same
 * transaction (ReputationLedger), so a vote and its points commit together or not at all.
 */
@ApplicationScoped
public class VoteService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PrivilegeGate privileges;

    @Inject
    ReputationLedger ledger;

    @Inject
    Badges badges;

    @Inject
    ModerationGate gate;

    public record VoteResult(long postId, int score, int viewerVote) {
    }

    @Transactional
    public VoteResult vote(User voter, long postId, Integer value) {
        if (value == null || (value != 1 && value != -1)) {
            throw Refusal.invalid("value", "must be 1 or -1");
        }
        gate.requireActive(voter);
        if (value > 0) {
            privileges.require(voter, Privilege.VOTE_UP, "Voting up");
        } else {
            privileges.require(voter, Privilege.VOTE_DOWN, "Voting down");
        }
        Post post = lockVotable(voter, postId);
        if (post.writtenBy(voter)) {
            throw Refusal.notAllowed("You cannot vote on your own post");
        }
        int previous = currentVote(voter.id(), postId);
        if (previous == value) {
            return new VoteResult(postId, post.score(), value);
        }
        gate.spend(voter, RateLimitedAction.VOTE);
        if (previous != 0) {
            ledger.voteRetracted(postId, voter.id());
        }
        if (previous == 0) {
            em.createNativeQuery("INSERT INTO vote (post_id, voter_id, value, author_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, postId).setParameter(2, voter.id()).setParameter(3, value)
                    .setParameter(4, post.author().id()).setParameter(5, InstantConverter.toDatabase(clock.instant()))
                    .executeUpdate();
        } else {
            em.createNativeQuery("UPDATE vote SET value = ?1, created_at = ?2 WHERE post_id = ?3 AND voter_id = ?4")
                    .setParameter(1, value).setParameter(2, InstantConverter.toDatabase(clock.instant()))
                    .setParameter(3, postId).setParameter(4, voter.id()).executeUpdate();
        }
        int score = applyScoreChange(post, value - previous);
        long authorId = post.author().id();
        ledger.voteCast(voter.id(), authorId, postId, post instanceof Question, value);
        PostKind kind = post instanceof Question ? PostKind.QUESTION : PostKind.ANSWER;
        badges.consider(authorId, new BadgeFacts.OwnPostScored(kind, score), postId);
        badges.consider(voter.id(), new BadgeFacts.VoteGiven(value > 0 ? VoteDirection.UP : VoteDirection.DOWN), postId);
        return new VoteResult(postId, score, value);
    }

    @Transactional
    public VoteResult retract(User voter, long postId) {
        Post post = lockVotable(voter, postId);
        undo(post, voter.id());
        return new VoteResult(postId, currentScore(postId), 0);
    }

    /**
     * Takes a vote back with everything it caused (score, reputation); no permission checks —
     * for the voter's own retraction and for the vote-fraud reversal. False if there was no vote.
     */
    boolean undo(Post lockedPost, long voterId) {
        int previous = currentVote(voterId, lockedPost.id());
        if (previous == 0) {
            return false;
        }
        em.createNativeQuery("DELETE FROM vote WHERE post_id = ?1 AND voter_id = ?2")
                .setParameter(1, lockedPost.id()).setParameter(2, voterId).executeUpdate();
        ledger.voteRetracted(lockedPost.id(), voterId);
        applyScoreChange(lockedPost, -previous);
        return true;
    }

    private int currentScore(long postId) {
        return ((Number) em.createNativeQuery("SELECT score FROM post WHERE id = ?1")
                .setParameter(1, postId).getSingleResult()).intValue();
    }

    private Post lockVotable(User voter, long postId) {
        Post post = em.find(Post.class, postId, LockModeType.PESSIMISTIC_WRITE);
        if (post == null || !post.visibleTo(voter)) {
            throw Refusal.notFound("Post " + postId);
        }
        Question question = post instanceof Question q ? q : em.find(Question.class, post.questionId());
        if (question.locked()) {
            throw Refusal.conflict("This question is locked; votes are frozen");
        }
        return post;
    }

    private int currentVote(long voterId, long postId) {
        List<?> rows = em.createNativeQuery("SELECT value FROM vote WHERE post_id = ?1 AND voter_id = ?2")
                .setParameter(1, postId).setParameter(2, voterId).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    /** Moves the score atomically and keeps the question's count of positively scored answers. */
    private int applyScoreChange(Post post, int delta) {
        int before = post.score();
        int after = before + delta;
        em.createNativeQuery("UPDATE post SET score = score + ?1 WHERE id = ?2")
                .setParameter(1, delta).setParameter(2, post.id()).executeUpdate();
        if (post instanceof Answer answer && (before > 0) != (after > 0)) {
            em.createNativeQuery("UPDATE post SET positive_answer_count = positive_answer_count + ?1 WHERE id = ?2")
                    .setParameter(1, after > 0 ? 1 : -1).setParameter(2, answer.questionId()).executeUpdate();
        }
        return after;
    }
}
