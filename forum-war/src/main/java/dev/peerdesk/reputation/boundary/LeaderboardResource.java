package dev.peerdesk.reputation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

@Path("leaderboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LeaderboardResource {

    @Inject
    ReputationService reputation;

    @GET
    public List<ReputationService.Standing> leaderboard(@QueryParam("period") ReputationService.Period period,
                                                       @QueryParam("limit") Integer limit) {
        return reputation.leaderboard(period, limit);
    }
}
