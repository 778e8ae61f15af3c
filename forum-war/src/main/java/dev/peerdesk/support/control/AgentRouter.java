package dev.peerdesk.support.control;

import dev.peerdesk.platform.Row;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Routes new tickets: to the agent with the fewest active tickets among those whose skills match
 * one of the question's tags, else the least-loaded agent of all; ties go to the lower id. Agents
 * come from an index (app_user.agent); loads from the ticket index, once per sweep batch.
 */
@ApplicationScoped
public class AgentRouter {

    @PersistenceContext
    EntityManager em;

    /** The agents and their loads at one moment; picking an agent counts the new ticket. */
    public static final class Roster {
        private final List<Agent> agents;

        Roster(List<Agent> agents) {
            this.agents = agents;
        }

        public Optional<Long> pick(Collection<String> tags) {
            Comparator<Agent> leastLoaded = Comparator.comparingInt((Agent a) -> a.load).thenComparingLong(a -> a.id);
            Optional<Agent> chosen = agents.stream().filter(a -> tags.stream().anyMatch(a.skills::contains))
                    .min(leastLoaded);
            if (chosen.isEmpty()) {
                chosen = agents.stream().min(leastLoaded);
            }
            chosen.ifPresent(a -> a.load++);
            return chosen.map(a -> a.id);
        }
    }

    static final class Agent {
        final long id;
        final List<String> skills;
        int load;

        Agent(long id, List<String> skills, int load) {
            this.id = id;
            this.skills = skills;
            this.load = load;
        }

        /** An agent as read from {@code app_user} (id, skills); the load is counted separately. */
        static Agent of(Row r) {
            String skills = r.string(1);
            return new Agent(r.longAt(0), skills == null || skills.isBlank() ? List.of() : List.of(skills.trim().split(" ")), 0);
        }
    }

    public Roster roster() {
        List<Agent> roster = Row.list(em.createNamedQuery(User.AGENT_SKILLS))
                .stream().map(Agent::of).toList();
        if (roster.isEmpty()) {
            return new Roster(List.of());
        }
        String ids = roster.stream().map(a -> String.valueOf(a.id)).collect(Collectors.joining(","));
        Map<Long, Integer> loadOf = new HashMap<>();
        // Built at run time (an IN list of the agents' ids): cannot be a named query.
        Row.list(em.createNativeQuery("SELECT assignee_id, COUNT(*) FROM ticket WHERE assignee_id IN (" + ids
                + ") AND status IN ('NEW','OPEN','PENDING') GROUP BY assignee_id"))
                .forEach(r -> loadOf.put(r.longAt(0), r.intAt(1)));
        roster.forEach(agent -> agent.load = loadOf.getOrDefault(agent.id, 0));
        return new Roster(roster);
    }
}
