package dev.peerdesk.vote.boundary;

import dev.peerdesk.platform.audit.AuditLog;
import dev.peerdesk.question.entity.Post;
import dev.peerdesk.reputation.ReputationRules;
import dev.peerdesk.reputation.SerialVotingDetector;
import dev.peerdesk.reputation.control.ReputationRulesStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import dev.peerdesk.vote.control.Votes;
import dev.peerdesk.user.control.Roles;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Vote-fraud reversal (SPEC §3): a voter who cast at least the threshold of votes on one author's
 * posts within 24 hours is serial-voting; those votes are taken back with their score and
 * reputation, and the reversal is written to the audit log. Reversed votes no longer exist, so
 * running it again finds nothing more.
 */
@ApplicationScoped
public class VoteFraudService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Votes ledgerOfVotes;

    @Inject
    Clock clock;

    @Inject
    ReputationRulesStore rules;

    @Inject
    VoteService votes;

    @Inject
    AuditLog audit;

    public record Report(int voters, int votesReversed) {
    }

    /** An admin runs the job now instead of waiting for the schedule. */
    @Transactional
    public Report runNow(User actor) {
        Roles.require(actor, Role.ADMIN);
        return reverseSerialVoting();
    }

    @Transactional
    public Report reverseSerialVoting() {
        ReputationRules current = rules.current();
        Instant now = clock.instant();
        // votes from the last two windows, so a burst spanning the window start is still seen whole
        Instant since = now.minus(current.serialVoteWindow().multipliedBy(2));
        int voters = 0;
        int reversed = 0;
        for (Votes.Pair pair : ledgerOfVotes.frequentPairs(since, current.serialVoteThreshold())) {
            long voterId = pair.voterId();
            long authorId = pair.authorId();
            List<SerialVotingDetector.Vote> window = ledgerOfVotes.votesOf(pair, since);
            for (SerialVotingDetector.SerialVoting serial : SerialVotingDetector.detect(window, current)) {
                int undone = 0;
                for (SerialVotingDetector.Vote vote : serial.votes()) {
                    Post post = em.find(Post.class, vote.postId(), LockModeType.PESSIMISTIC_WRITE);
                    if (votes.undo(post, voterId)) {
                        undone++;
                    }
                }
                if (undone > 0) { // another node may have reversed them a moment ago
                    voters++;
                    reversed += undone;
                    audit.record(null, "SERIAL_VOTES_REVERSED", "USER", voterId, undone + " votes on posts of user "
                            + authorId + " within " + current.serialVoteWindow().toHours() + " h");
                }
            }
        }
        return new Report(voters, reversed);
    }
}
