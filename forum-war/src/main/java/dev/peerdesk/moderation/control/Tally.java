package dev.peerdesk.moderation.control;

import dev.peerdesk.platform.Row;

import java.time.Instant;

/**
 * What a rate limit reads from its table: {@code SELECT COUNT(*), MIN|MAX(created_at)} over a window
 * (the oldest event tells when the window frees up, the newest when a lock-out started).
 *
 * @param at null when the window holds no event
 */
record Tally(int count, Instant at) {

    static Tally of(Row r) {
        return new Tally(r.intAt(0), r.instant(1));
    }
}
