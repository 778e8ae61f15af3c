package dev.peerdesk.platform.faces;

import dev.peerdesk.platform.errors.Refusal;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every page view needs from Faces: redirects, a 404 for what does not exist, safe return URLs
 * and turning a service's refusal ({@link Refusal}) into messages next to the fields it names: the only
 * place where refusals become Faces messages.
 */
public final class Pages {

    private static final Logger LOG = Logger.getLogger(Pages.class.getName());

    /** Request attribute the layout reads: {@code #{pageNotFound}}. */
    public static final String NOT_FOUND = "pageNotFound";

    private Pages() {
    }

    /** Redirects to a path inside the application ({@code /questions/42/...}) and ends the request. */
    public static void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String location = external.getRequestContextPath() + path;
        if (faces.getPartialViewContext().isAjaxRequest()) {
            try {
                external.redirect(location); // a partial response telling the page where to go
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            dev.peerdesk.platform.http.Redirects.seeOther((jakarta.servlet.http.HttpServletResponse) external.getResponse(),
                    location);
        }
        faces.responseComplete();
    }

    /**
     * Answers 404: the layout shows "not found" instead of the page's content, in this same request
     * (a container error dispatch from inside a Faces request cannot render forms).
     */
    public static void notFound() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.setResponseStatus(404);
        external.getRequestMap().put(NOT_FOUND, Boolean.TRUE);
    }

    /** The login page that comes back to {@code returnPath} afterwards. */
    public static String loginFor(String returnPath) {
        return "/login.xhtml?return=" + encode(returnPath);
    }

    /**
     * A return URL taken from a request is only followed inside this application: a path starting
     * with one slash, without control characters (no open redirect, no header injection).
     */
    public static String safeReturn(String requested) {
        if (requested == null || requested.isBlank() || !requested.startsWith("/") || requested.startsWith("//")
                || requested.startsWith("/\\") || requested.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        return requested;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    public static void info(String summary) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    public static void error(String clientId, String summary) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
    }

    /**
     * Shows why a service refused: each field error under the input that {@code fields} maps its API
     * field name to (marking that input invalid), everything else as a page message. Failures that
     * are not refusals are logged and shown as "something went wrong".
     */
    public static void show(RuntimeException failure, Map<String, String> fields) {
        Optional<Refusal> refusal = Refusal.behind(failure);
        if (refusal.isEmpty()) {
            LOG.log(Level.SEVERE, "Unexpected failure on a page", failure);
            error(null, "Something went wrong on our side. Try again, and tell us if it keeps happening.");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (refusal.get().errors().isEmpty()) {
            error(null, refusal.get().getMessage());
            return;
        }
        for (Refusal.FieldError fieldError : refusal.get().errors()) {
            String clientId = fields.get(fieldError.field());
            if (clientId == null) {
                error(null, label(fieldError.field()) + ": " + fieldError.message());
                continue;
            }
            faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
                if (component instanceof UIInput input) {
                    input.setValid(false);
                }
            });
            error(clientId, capitalized(fieldError.message())); // shown under its labelled input
        }
    }

    /**
     * Shows why a list could not be read. A refused {@code cursor} is an outdated or mangled "next
     * page" link, and people are told so in their words rather than the API's.
     */
    public static void showListFailure(RuntimeException failure) {
        boolean staleCursor = Refusal.behind(failure).stream()
                .flatMap(r -> r.errors().stream()).anyMatch(e -> e.field().equals("cursor"));
        if (staleCursor) {
            error(null, "This page link is out of date. Start again from the first page.");
        } else {
            show(failure, Map.of());
        }
    }

    /** "displayName" → "Display name". */
    private static String label(String field) {
        return capitalized(field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase());
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
