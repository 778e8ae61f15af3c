package dev.peerdesk.reputation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which privileges a reputation grants. A member holds a privilege once their reputation reaches
 * its threshold; staff roles bypass every threshold (they moderate and support, so reputation
 * gates would only get in their way).
 */
public final class Privileges {

    private Privileges() {
    }

    /** A privilege, its threshold, and whether the user holds it — one row of a profile's list. */
    public record Status(Privilege privilege, int threshold, boolean granted) {
    }

    /** Whether a user with this reputation (and staff role or not) holds the privilege. */
    public static boolean check(int reputation, Privilege privilege, boolean staff, ReputationRules rules) {
        return staff || reputation >= rules.threshold(privilege);
    }

    /** Every privilege with its threshold and whether it is held, lowest threshold first. */
    public static List<Status> all(int reputation, boolean staff, ReputationRules rules) {
        return Arrays.stream(Privilege.values())
                .map(privilege -> new Status(privilege, rules.threshold(privilege),
                        check(reputation, privilege, staff, rules)))
                .sorted(Comparator.comparingInt(Status::threshold))
                .toList();
    }

    /**
     * The next privilege to earn: the one with the lowest threshold not yet held (ties in
     * declaration order); empty when everything is held.
     */
    public static Optional<Status> next(int reputation, boolean staff, ReputationRules rules) {
        return all(reputation, staff, rules).stream().filter(status -> !status.granted()).findFirst();
    }
}
