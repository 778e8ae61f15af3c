package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.platform.rest.ProblemException;
import dev.peerdesk.question.control.QuestionQueries;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** {@code users/profile.xhtml?id=}: who someone is and what they asked lately. */
@Named
@RequestScoped
public class ProfileView {

    static final int RECENT = 20;

    @Inject
    UserService users;

    @Inject
    QuestionQueries queries;

    private String id;
    private User user;
    private List<Question> questions = List.of();

    public void load() {
        long userId;
        try {
            userId = Long.parseLong(id == null ? "" : id.strip());
            user = users.find(userId);
        } catch (NumberFormatException | ProblemException e) {
            Pages.notFound();
            return;
        }
        questions = queries.byAuthor(userId, RECENT);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public User getUser() {
        return user;
    }

    public List<Question> getQuestions() {
        return questions;
    }
}
