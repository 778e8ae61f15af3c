package dev.peerdesk.reputation;

import dev.peerdesk.reputation.Privileges.Status;
import dev.peerdesk.reputation.ReputationRules.Overrides;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PrivilegesTest {

    private static final ReputationRules RULES = ReputationRules.defaults();

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
            "VOTE_UP,      15",
            "FLAG,         15",
            "COMMENT,      50",
            "VOTE_DOWN,   125",
            "CREATE_TAG,  300",
            "REVIEW,      500",
            "EDIT,       1000",
            "CLOSE_VOTE, 1500"})
    void aPrivilegeIsGrantedFromItsThreshold(Privilege privilege, int threshold) {
        assertThat(Privileges.check(threshold - 1, privilege, false, RULES)).isFalse();
        assertThat(Privileges.check(threshold, privilege, false, RULES)).isTrue();
        assertThat(Privileges.check(threshold + 1, privilege, false, RULES)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Privilege.class)
    void staffBypassEveryPrivilege(Privilege privilege) {
        assertThat(Privileges.check(1, privilege, true, RULES)).isTrue();
    }

    @Test
    void theListShowsEveryPrivilegeWithItsThresholdAndWhetherItIsHeld() {
        assertThat(Privileges.all(130, false, RULES)).containsExactly(
                new Status(Privilege.VOTE_UP, 15, true),
                new Status(Privilege.FLAG, 15, true),
                new Status(Privilege.COMMENT, 50, true),
                new Status(Privilege.VOTE_DOWN, 125, true),
                new Status(Privilege.CREATE_TAG, 300, false),
                new Status(Privilege.REVIEW, 500, false),
                new Status(Privilege.EDIT, 1000, false),
                new Status(Privilege.CLOSE_VOTE, 1500, false));
    }

    @ParameterizedTest(name = "at {0} the next is {1}")
    @CsvSource({
            "1,    VOTE_UP",
            "14,   VOTE_UP",
            "15,   COMMENT",
            "50,   VOTE_DOWN",
            "124,  VOTE_DOWN",
            "125,  CREATE_TAG",
            "999,  EDIT",
            "1499, CLOSE_VOTE"})
    void theNextPrivilegeIsTheLowestNotYetHeld(int reputation, Privilege next) {
        assertThat(Privileges.next(reputation, false, RULES)).map(Status::privilege).contains(next);
    }

    @Test
    void nothingIsNextOnceEverythingIsHeld() {
        assertThat(Privileges.next(1500, false, RULES)).isEmpty();
        assertThat(Privileges.next(1, true, RULES)).isEmpty();
    }

    @Test
    void configuredThresholdsApplyAndReorderTheList() {
        ReputationRules rules = RULES.with(new Overrides(null, null, null, Map.of(Privilege.EDIT, 100), null, null));

        assertThat(Privileges.check(100, Privilege.EDIT, false, rules)).isTrue();
        assertThat(Privileges.next(60, false, rules)).map(Status::privilege).contains(Privilege.EDIT);
    }
}
