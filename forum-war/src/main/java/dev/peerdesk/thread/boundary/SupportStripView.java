package dev.peerdesk.thread.boundary;

import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.platform.faces.Times;
import dev.peerdesk.support.boundary.QuestionSupport;
import dev.peerdesk.support.boundary.TicketService;
import dev.peerdesk.support.control.TicketDto;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;

/**
 * The support strip of the question page ({@code question/view.xhtml}): the asker's "still need
 * help" and the CSAT form. Whether they show is decided with the page ({@link QuestionSupport});
 * every action calls one {@link TicketService} method, then has {@link QuestionView} re-read the page.
 */
@Named
@ViewScoped
public class SupportStripView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuestionView questionView;

    @Inject
    TicketService tickets;

    @Inject
    Times times;

    private Integer csatRating;
    private String csatComment;

    /**
     * The asker's "still need help": escalates the question (once it is an hour old), or moves a
     * ticket waiting on them back to support, or reopens a recently solved one.
     */
    public void stillNeedHelp() {
        long questionId = questionView.getThread().id();
        questionView.act(asker -> tickets.escalate(asker, questionId, null), escalated -> {
            questionView.refresh();
            TicketDto t = escalated.ticket();
            return escalated.created()
                    ? "Your question is now with our support team: a first response is due by "
                    + times.full(t.firstResponseDueAt()) + "."
                    : "Our support team is on it again: your ticket is " + String.valueOf(t.status()).toLowerCase() + ".";
        }, Map.of());
    }

    /** The asker rates the support of a solved ticket (1–5, optional comment). */
    public void rateSupport() {
        QuestionSupport.Banner ticket = questionView.getSupport().banner();
        if (ticket == null) {
            Pages.error(null, "This question has no support ticket to rate.");
            return;
        }
        questionView.act(asker -> tickets.rate(asker, ticket.ticketId(), new TicketService.CsatRequest(csatRating, csatComment)),
                rated -> {
                    csatRating = null;
                    csatComment = null;
                    questionView.refresh();
                    return "Thank you for rating our support.";
                }, Map.of("rating", "csatRating", "comment", "csatComment"));
    }

    public Integer getCsatRating() {
        return csatRating;
    }

    public void setCsatRating(Integer csatRating) {
        this.csatRating = csatRating;
    }

    public String getCsatComment() {
        return csatComment;
    }

    public void setCsatComment(String csatComment) {
        this.csatComment = csatComment;
    }
}
