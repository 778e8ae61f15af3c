package dev.peerdesk.reputation.boundary;

import dev.peerdesk.platform.text.EnumNames;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;

/** {@code leaderboard.xhtml?period=week|month|all}: who gained the most reputation in the period. */
@Named
@RequestScoped
public class LeaderboardView {

    static final int SHOWN = 50;
    /** The tabs, as the URLs spell them: week, month, all. */
    static final List<String> PERIODS = Arrays.stream(ReputationService.Period.values()).map(EnumNames::spelling).toList();

    @Inject
    ReputationService reputation;

    private String period;
    private List<ReputationService.Standing> standings;

    /** The period shown: an unknown or missing {@code ?period=} shows the week. */
    public String getOrder() {
        return period != null && PERIODS.contains(period) ? period : "week";
    }

    public List<String> getPeriods() {
        return PERIODS;
    }

    public List<ReputationService.Standing> getStandings() {
        if (standings == null) {
            standings = reputation.leaderboard(EnumNames.parse(ReputationService.Period.class, "period", getOrder()), SHOWN);
        }
        return standings;
    }

    public String periodUrl(String tab) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/leaderboard.xhtml?period=" + tab;
    }

    public String label(String tab) {
        return switch (tab) {
            case "week" -> "This week";
            case "month" -> "This month";
            default -> "All time";
        };
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
