package dev.peerdesk.notification.control;

import java.util.List;

/** A notification mail's subject, plain-text and HTML parts: what happened, the excerpt, the link, how to stop. */
public record MailContent(String subject, String text, String html) {

    /**
     * @param unsubscribePage the page that stops this type of e-mail (it asks first: a GET must not
     *                        act, mail scanners open links)
     * @param settingsPage    the page of all e-mail settings
     */
    public static MailContent of(String what, String excerpt, String link, String unsubscribePage,
                                 String settingsPage) {
        return of(what, excerpt, link, null, unsubscribePage, settingsPage);
    }

    /** @param replyHint what replying to the mail does, or null when the mail has no reply address */
    public static MailContent of(String what, String excerpt, String link, String replyHint, String unsubscribePage,
                                 String settingsPage) {
        String subject = what.length() > 240 ? what.substring(0, 239) + "…" : what;
        StringBuilder text = new StringBuilder(what).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body><p>").append(escape(what)).append("</p>");
        if (excerpt != null && !excerpt.isBlank()) {
            text.append("> ").append(excerpt).append("\n\n");
            html.append("<blockquote>").append(escape(excerpt)).append("</blockquote>");
        }
        text.append("Open it: ").append(link).append("\n\n");
        if (replyHint != null) {
            text.append(replyHint).append("\n\n");
        }
        text.append("-- \nYou get this because of your Peerdesk notification "
                + "settings.\nStop these e-mails: ").append(unsubscribePage).append("\nAll e-mail settings: ")
                .append(settingsPage).append('\n');
        html.append("<p><a href=\"").append(escape(link)).append("\">Open it on Peerdesk</a></p>");
        if (replyHint != null) {
            html.append("<p>").append(escape(replyHint)).append("</p>");
        }
        html.append("<p style=\"font-size:small;color:#666\">You get this because of your Peerdesk notification"
                        + " settings. <a href=\"").append(escape(unsubscribePage))
                .append("\">Stop these e-mails</a> · <a href=\"").append(escape(settingsPage))
                .append("\">All e-mail settings</a></p></body></html>");
        return new MailContent(subject, text.toString(), html.toString());
    }

    /** The daily digest: one line and link per notification, newest first. */
    public static MailContent digest(List<MailOutbox.DigestItem> items, String allLink, String unsubscribeUrl) {
        String subject = items.size() == 1 ? "Your Peerdesk digest: 1 update" : "Your Peerdesk digest: " + items.size()
                + " updates";
        StringBuilder text = new StringBuilder(subject).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body><p>").append(escape(subject))
                .append("</p><ul>");
        for (MailOutbox.DigestItem item : items) {
            text.append("- ").append(item.text()).append("\n  ").append(item.link()).append("\n");
            html.append("<li><a href=\"").append(escape(item.link())).append("\">").append(escape(item.text()))
                    .append("</a></li>");
        }
        text.append("\nAll your notifications: ").append(allLink).append("\n\n-- \nYou get this daily digest because"
                + " of your Peerdesk notification settings. Stop these e-mails: ").append(unsubscribeUrl).append('\n');
        html.append("</ul><p><a href=\"").append(escape(allLink)).append("\">All your notifications</a></p>")
                .append("<p style=\"font-size:small;color:#666\">You get this daily digest because of your Peerdesk"
                        + " notification settings. <a href=\"").append(escape(unsubscribeUrl))
                .append("\">Stop these e-mails</a></p></body></html>");
        return new MailContent(subject, text.toString(), html.toString());
    }

    /**
     * A mail the inbound pipeline writes to a person (a refused reply, an invitation, the answer to a
     * question asked by mail): paragraphs, then links with their words.
     */
    public static MailContent reply(String subject, List<String> paragraphs, List<MailOutbox.DigestItem> links) {
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
        for (String p : paragraphs) {
            text.append(p).append("\n\n");
            html.append("<p>").append(escape(p).replace("\n", "<br>")).append("</p>");
        }
        if (!links.isEmpty()) {
            html.append("<ul>");
            for (MailOutbox.DigestItem item : links) {
                text.append("- ").append(item.text()).append("\n  ").append(item.link()).append("\n");
                html.append("<li><a href=\"").append(escape(item.link())).append("\">").append(escape(item.text()))
                        .append("</a></li>");
            }
            html.append("</ul>");
            text.append('\n');
        }
        text.append("-- \nPeerdesk\n");
        html.append("</body></html>");
        return new MailContent(subject.length() > 240 ? subject.substring(0, 239) + "…" : subject, text.toString(),
                html.toString());
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
