package dev.peerdesk.notification.control;

/** A notification mail's subject, plain-text and HTML parts: what happened, the excerpt, the link, how to stop. */
public record MailContent(String subject, String text, String html) {

    /**
     * @param unsubscribePage the page that stops this type of e-mail (it asks first: a GET must not
     *                        act, mail scanners open links)
     * @param settingsPage    the page of all e-mail settings
     */
    public static MailContent of(String what, String excerpt, String link, String unsubscribePage,
                                 String settingsPage) {
        String subject = what.length() > 240 ? what.substring(0, 239) + "…" : what;
        StringBuilder text = new StringBuilder(what).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body><p>").append(escape(what)).append("</p>");
        if (excerpt != null && !excerpt.isBlank()) {
            text.append("> ").append(excerpt).append("\n\n");
            html.append("<blockquote>").append(escape(excerpt)).append("</blockquote>");
        }
        text.append("Open it: ").append(link).append("\n\n-- \nYou get this because of your Peerdesk notification "
                + "settings.\nStop these e-mails: ").append(unsubscribePage).append("\nAll e-mail settings: ")
                .append(settingsPage).append('\n');
        html.append("<p><a href=\"").append(escape(link)).append("\">Open it on Peerdesk</a></p>")
                .append("<p style=\"font-size:small;color:#666\">You get this because of your Peerdesk notification"
                        + " settings. <a href=\"").append(escape(unsubscribePage))
                .append("\">Stop these e-mails</a> · <a href=\"").append(escape(settingsPage))
                .append("\">All e-mail settings</a></p></body></html>");
        return new MailContent(subject, text.toString(), html.toString());
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
