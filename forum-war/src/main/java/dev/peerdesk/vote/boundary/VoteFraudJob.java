package dev.peerdesk.vote.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Runs the vote-fraud check every ten minutes on every node; a second run finds nothing more to
 * reverse (the database, not the timer, keeps it exactly-once).
 */
@Singleton
@Startup
public class VoteFraudJob {

    @Inject
    VoteFraudService fraud;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void run() {
        fraud.reverseSerialVoting();
    }
}
