package dev.peerdesk.question.boundary;

import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.platform.rest.Cursor;
import dev.peerdesk.platform.text.EnumNames;
import dev.peerdesk.question.control.QuestionQueries;
import dev.peerdesk.question.entity.Question;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** {@code index.xhtml}: the question list, by tab ({@code ?sort=}), tag ({@code ?tag=}) and page ({@code ?cursor=}). */
@Named
@RequestScoped
public class HomeView {

    static final int PAGE_SIZE = 20;

    @Inject
    QuestionQueries queries;

    private String sort;
    private String tag;
    private String cursor;
    private QuestionQueries.Sort order = QuestionQueries.Sort.NEWEST;
    private Cursor.Page<Question> page = new Cursor.Page<>(List.of(), null);

    public void load() {
        try {
            QuestionQueries.Sort chosen = EnumNames.parse(QuestionQueries.Sort.class, "sort", sort);
            order = chosen == null ? QuestionQueries.Sort.NEWEST : chosen;
            page = queries.list(order, getTag(), PAGE_SIZE, cursor);
        } catch (RuntimeException e) {
            Pages.showListFailure(e);
        }
    }

    public List<Question> getQuestions() {
        return page.items();
    }

    /** The tab being shown, lower case: newest, active, votes or unanswered. */
    public String getOrder() {
        return EnumNames.spelling(order);
    }

    public String tabUrl(String tab) {
        return url(tab, getTag(), null);
    }

    public String getNextPageUrl() {
        return page.nextCursor() == null ? null : url(getOrder(), getTag(), page.nextCursor());
    }

    public String getFirstPageUrl() {
        return url(getOrder(), getTag(), null);
    }

    /** The same tab without the tag filter. */
    public String getAllTagsUrl() {
        return url(getOrder(), null, null);
    }

    public boolean isPaged() {
        return cursor != null && !cursor.isBlank();
    }

    private static String url(String sort, String tag, String cursor) {
        StringBuilder url = new StringBuilder(
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/index.xhtml?sort=").append(sort);
        if (tag != null) {
            url.append("&tag=").append(Pages.encode(tag));
        }
        if (cursor != null) {
            url.append("&cursor=").append(Pages.encode(cursor));
        }
        return url.toString();
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    /** The tag filter, normalised, or null. */
    public String getTag() {
        return tag == null || tag.isBlank() ? null : tag.strip().toLowerCase();
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }
}
