package dev.peerdesk.notification.boundary;

import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.user.entity.User;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/**
 * The Follow / Unfollow button of a tag's question list ({@code /?tag=billing}) for signed-in people:
 * followers hear of every new question with the tag. The list itself belongs to the question
 * feature, which knows nothing of notifications; this bean sits beside it on the page.
 */
@Named
@RequestScoped
public class TagFollowView {

    @Inject
    NotificationService service;

    @Inject
    Caller caller;

    private String tag;
    private Boolean following;

    /** The tag is the list's query parameter, and on the button's POST a hidden field of the same name. */
    @PostConstruct
    void read() {
        tag = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("tag");
    }

    public boolean isShown() {
        return tag != null && !tag.isBlank() && caller.optional().isPresent();
    }

    public boolean isFollowing() {
        if (following == null) {
            following = caller.optional().map(user -> service.followingTag(user, tag)).orElse(false);
        }
        return following;
    }

    public void follow(boolean follow) {
        User user = caller.optional().orElse(null);
        if (user == null) {
            Pages.redirect(Pages.loginFor("/?tag=" + Pages.encode(tag == null ? "" : tag)));
            return;
        }
        try {
            service.followTag(user, tag, follow);
        } catch (RuntimeException e) {
            Pages.show(e, Map.of());
            return;
        }
        // back to the list (a postback runs no view action, so the list would be empty)
        Pages.redirect("/?tag=" + Pages.encode(tag));
    }

    public String getTag() {
        return tag;
    }
}
