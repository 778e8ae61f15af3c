package dev.peerdesk.search.boundary;

import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.question.control.QuestionQueries;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.search.control.Snippets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** {@code search.xhtml?q=&tag=&accepted=&cursor=}: full-text results with the passage that matched. */
@Named
@RequestScoped
public class SearchView {

    static final int PAGE_SIZE = 20;
    static final int MAX_QUERY = 200;

    @Inject
    QuestionQueries queries;

    private String q;
    private String tag;
    private String accepted;
    private String cursor;
    private List<Result> results = List.of();
    private String nextCursor;
    private boolean searched;

    public record Result(Question question, String snippet) {
    }

    public void load() {
        if (q == null || q.isBlank()) {
            return;
        }
        if (q.length() > MAX_QUERY) {
            Pages.error(null, "Search for at most " + MAX_QUERY + " characters.");
            return;
        }
        Boolean acceptedFilter = switch (accepted == null ? "" : accepted) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
        try {
            var page = queries.search(q.strip(), getTag(), acceptedFilter, PAGE_SIZE, cursor);
            results = page.items().stream()
                    .map(hit -> new Result(hit.question(), Snippets.around(hit.question().body(), q)))
                    .toList();
            nextCursor = page.nextCursor();
            searched = true;
        } catch (RuntimeException e) {
            Pages.showListFailure(e);
        }
    }

    public String getNextPageUrl() {
        return nextCursor == null ? null : url(nextCursor);
    }

    public String getFirstPageUrl() {
        return url(null);
    }

    public boolean isPaged() {
        return cursor != null && !cursor.isBlank();
    }

    private String url(String pageCursor) {
        StringBuilder url = new StringBuilder(
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/search.xhtml?q=").append(Pages.encode(q));
        if (getTag() != null) {
            url.append("&tag=").append(Pages.encode(getTag()));
        }
        if ("true".equals(accepted) || "false".equals(accepted)) {
            url.append("&accepted=").append(accepted);
        }
        if (pageCursor != null) {
            url.append("&cursor=").append(Pages.encode(pageCursor));
        }
        return url.toString();
    }

    public List<Result> getResults() {
        return results;
    }

    public boolean isSearched() {
        return searched;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getTag() {
        return tag == null || tag.isBlank() ? null : tag.strip().toLowerCase();
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getAccepted() {
        return accepted;
    }

    public void setAccepted(String accepted) {
        this.accepted = accepted;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }
}
