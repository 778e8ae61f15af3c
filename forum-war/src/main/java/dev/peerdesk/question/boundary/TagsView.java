package dev.peerdesk.question.boundary;

import dev.peerdesk.question.control.QuestionQueries;
import dev.peerdesk.question.entity.Tag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** {@code tags.xhtml}: the tags in use, most used first, optionally those starting with {@code ?q=}. */
@Named
@RequestScoped
public class TagsView {

    static final int SHOWN = 120;

    @Inject
    QuestionQueries queries;

    private String q;
    private List<Tag> tags;

    public List<Tag> getTags() {
        if (tags == null) {
            tags = queries.tags(q == null || q.length() > 35 ? null : q, SHOWN);
        }
        return tags;
    }

    /** Top tags for a sidebar. */
    public List<Tag> popular(int limit) {
        return queries.tags(null, Math.min(limit, SHOWN));
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
