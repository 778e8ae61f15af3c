package dev.peerdesk.question.boundary;

import dev.peerdesk.platform.faces.Links;
import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.platform.text.Markdown;
import dev.peerdesk.question.control.QuestionQueries;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.user.entity.User;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code ask.xhtml}, for members: title, Markdown body with preview, tags. While the title is typed
 * it shows the nearest existing questions, so a duplicate need not be asked at all.
 */
@Named
@ViewScoped
public class AskView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("title", "title", "body", "body", "tags", "tags");

    @Inject
    QuestionService questions;

    @Inject
    QuestionQueries queries;

    @Inject
    Caller caller;

    private String title;
    private String body;
    private String tags;
    private List<SimilarQuestion> similar = List.of();

    public record SimilarQuestion(long id, String title, String path, int answers, boolean accepted)
            implements Serializable {
    }

    /** Visitors sign in first and come back here. */
    public void requireSignIn() {
        if (caller.optional().isEmpty()) {
            Pages.redirect(Pages.loginFor("/ask.xhtml"));
        }
    }

    public void findSimilar() {
        similar = queries.similar(title).stream()
                .map(q -> new SimilarQuestion(q.id(), q.title(), Links.questionPath(q.id(), q.title()),
                        q.answerCount(), q.acceptedAnswerId() != null))
                .toList();
    }

    public void post() {
        User author = caller.optional().orElse(null);
        if (author == null) {
            Pages.redirect(Pages.loginFor("/ask.xhtml"));
            return;
        }
        try {
            Question question = questions.ask(author, new QuestionService.NewQuestion(title, body, tagList(tags)));
            Pages.redirect(Links.questionPath(question.id(), question.title()));
        } catch (RuntimeException e) {
            Pages.show(e, FIELDS);
        }
    }

    /** "billing, export" or "billing export" → [billing, export]. */
    static List<String> tagList(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\s,;]+")).filter(t -> !t.isEmpty()).toList();
    }

    public String getPreview() {
        return body == null || body.isBlank() ? "" : Markdown.toSafeHtml(body);
    }

    public List<SimilarQuestion> getSimilar() {
        return similar;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }
}
