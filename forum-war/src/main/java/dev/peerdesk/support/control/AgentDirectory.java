package dev.peerdesk.support.control;

import dev.peerdesk.platform.Row;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.util.List;

/** The support agents, for choosing whom to reassign a ticket to (index ix_user_agent). */
@ApplicationScoped
public class AgentDirectory {

    /** A support team larger than this is not chosen from a list. */
    static final int MAX_AGENTS = 200;

    @PersistenceContext
    EntityManager em;

    public record Agent(long id, String displayName) implements Serializable {

        static Agent of(Row r) {
            return new Agent(r.longAt(0), r.string(1));
        }
    }

    /** Agents by name (at most {@value #MAX_AGENTS}). */
    public List<Agent> agents() {
        return Row.list(em.createNamedQuery(User.AGENTS).setParameter(1, MAX_AGENTS)).stream().map(Agent::of).toList();
    }
}
