package dev.peerdesk.vote.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.question.control.PostCounters;
import dev.peerdesk.vote.control.Votes;
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

    /** Scores and the count of positively scored answers have one writer. */
    @Inject
    Votes votes;

    @Inject
    PostCounters counters;

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
        int previous = votes.current(voter.id(), postId);
        if (previous == value) {
            return new VoteResult(postId, post.score(), value);
        }
        gate.spend(voter, RateLimitedAction.VOTE);
        if (previous != 0) {
            ledger.voteRetracted(postId, voter.id());
        }
        votes.put(postId, voter.id(), post.author().id(), value, previous, clock.instant());
        int score = counters.score(post, value - previous);
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
        return new VoteResult(postId, counters.scoreOf(postId), 0);
    }

    /**
     * Takes a vote back with everything it caused (score, reputation); no permission checks —
     * for the voter's own retraction and for the vote-fraud reversal. False if there was no vote.
     */
    boolean undo(Post lockedPost, long voterId) {
        int previous = votes.current(voterId, lockedPost.id());
        if (previous == 0) {
            return false;
        }
        votes.remove(lockedPost.id(), voterId);
        ledger.voteRetracted(lockedPost.id(), voterId);
        counters.score(lockedPost, -previous);
        return true;
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

}
