package dev.peerdesk.support.entity;

import dev.peerdesk.support.policy.EscalationPolicy;
import dev.peerdesk.support.policy.EscalationReason;
import dev.peerdesk.support.policy.Priority;
import dev.peerdesk.support.policy.SlaTargets;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may see a ticket (its page, timeline and private messages: the asker and agents), and who may
 * know that a question has one and how it stands (also the other staff).
 */
class TicketVisibilityTest {

    private static final long ASKER = 7;

    private final Ticket ticket = new Ticket(42, ASKER, EscalationReason.UNANSWERED, Priority.NORMAL,
            Instant.parse("2026-03-02T09:00:00Z"), SlaTargets.defaults(), EscalationPolicy.defaults().calendar());

    @ParameterizedTest(name = "{0}: sees the ticket {1}, knows of it {2}")
    @CsvSource({
            "asker,          true,  true",
            "agent,          true,  true",
            "agent+moderator, true, true",
            "moderator,      false, true",
            "admin,          false, true",
            "member,         false, false",
            "visitor,        false, false",
    })
    void theTicketIsTheAskersAndAgentsAndThatItExistsIsAlsoStaffs(String viewer, boolean seesTicket,
                                                                  boolean knowsOfIt) {
        User user = viewer(viewer);
        assertThat(ticket.visibleTo(user)).isEqualTo(seesTicket);
        assertThat(ticket.statusVisibleTo(user)).isEqualTo(knowsOfIt);
    }

    @ParameterizedTest(name = "an asker who is also {0} still sees their ticket")
    @CsvSource({"MODERATOR", "ADMIN", "AGENT"})
    void askersSeeTheirTicketWhateverTheirRoles(Role role) {
        User asker = user(ASKER, Set.of(role));
        assertThat(ticket.visibleTo(asker)).isTrue();
        assertThat(ticket.statusVisibleTo(asker)).isTrue();
    }

    private static User viewer(String kind) {
        return switch (kind) {
            case "asker" -> user(ASKER, Set.of());
            case "agent" -> user(8, Set.of(Role.AGENT));
            case "agent+moderator" -> user(9, Set.of(Role.AGENT, Role.MODERATOR));
            case "moderator" -> user(10, Set.of(Role.MODERATOR));
            case "admin" -> user(11, Set.of(Role.ADMIN));
            case "member" -> user(12, Set.of());
            case "visitor" -> null;
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static User user(long id, Set<Role> roles) {
        User user = new User("u" + id + "@example.test", "User " + id, "hash", Instant.EPOCH);
        user.grantRoles(roles);
        try {
            Field field = User.class.getDeclaredField("id"); // assigned by the database
            field.setAccessible(true);
            field.set(user, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return user;
    }
}
