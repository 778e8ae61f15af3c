package dev.peerdesk.demo;

import dev.peerdesk.question.boundary.QuestionService;
import dev.peerdesk.question.boundary.QuestionService.NewQuestion;
import dev.peerdesk.question.boundary.QuestionService.PostBody;
import dev.peerdesk.question.entity.Answer;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.question.entity.Tag;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import dev.peerdesk.vote.boundary.VoteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import dev.peerdesk.support.boundary.TicketService;
import dev.peerdesk.user.boundary.UserService;

/**
 * FORUM_DEMO_DATA=true: a small, living community on an empty database, so a newcomer sees how
 * Peerdesk works. All demo accounts share the password {@value #PASSWORD} (see README.md).
 */
@ApplicationScoped
public class DemoCommunity {

    static final String PASSWORD = "peerdesk-demo";
    private static final Logger LOG = Logger.getLogger(DemoCommunity.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    UserService users;

    @Inject
    QuestionService questions;

    @Inject
    VoteService votes;

    @Inject
    TicketService tickets;

    /** One transaction: either the whole demo community exists or none of it. */
    @Transactional
    public void seedIfEmpty() {
        long existing = em.createQuery("SELECT COUNT(q) FROM Question q", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        User alice = member("alice@demo.peerdesk.dev", "Alice Chen");
        User bruno = member("bruno@demo.peerdesk.dev", "Bruno Alves");
        User chiara = member("chiara@demo.peerdesk.dev", "Chiara Rossi");
        User dmitri = member("dmitri@demo.peerdesk.dev", "Dmitri Volkov");
        User emeka = member("emeka@demo.peerdesk.dev", "Emeka Obi");
        User mia = staff("mia@demo.peerdesk.dev", "Mia (moderator)", Role.MODERATOR);
        User sam = staff("sam@demo.peerdesk.dev", "Sam (support)", Role.AGENT);
        // Staff set up the tags; members may use them (creating tags takes 300 reputation).
        tag("billing", "Invoices, payments, plans and refunds");
        tag("export", "Getting your data out: CSV, XLSX, API exports");
        tag("sso", "Single sign-on with SAML or OpenID Connect");
        tag("saml", "SAML 2.0 identity providers");
        tag("azure-ad", "Microsoft Entra ID / Azure Active Directory");
        tag("webhooks", "Event notifications sent to your endpoints");
        tag("api", "The REST API: tokens, endpoints, limits");
        tag("security", "Accounts, passwords, keys and permissions");
        tag("mobile", "The iOS and Android apps");
        tag("feature-request", "Ideas for the product team");
        tag("limits", "Quotas and rate limits");
        tag("data-residency", "Where your data is stored");
        tag("account", "Signing in, profiles and settings");
        tag("2fa", "Two-factor authentication");

        // Members earn their first reputation through accepted answers, then vote (15 reputation).
        Question exportCsv = ask(alice, "How do I export my invoices as CSV?",
                "I need all of last year's invoices for my accountant. The billing page only offers PDF downloads "
                        + "one at a time. Is there a way to get **all of them** as a single CSV file?",
                List.of("billing", "export"));
        Answer exportAnswer = answer(bruno, exportCsv, "Go to *Billing → History*, pick the date range, then use "
                + "the **Export** menu at the top right of the table. It offers CSV and XLSX for the whole range.");
        Answer chiaraExportAnswer = answer(chiara, exportCsv, "If you need it automated, the reporting API has an `invoices.csv` endpoint:\n\n"
                + "```\nGET /reports/invoices.csv?from=2025-01-01&to=2025-12-31\n```\n\nIt streams every invoice in the range.");
        questions.accept(alice, exportCsv.id(), exportAnswer.id());
        comment(alice, exportCsv, "Found it, thanks! The date range picker was hidden below the fold for me.");

        Question webhooks = ask(chiara, "Webhook deliveries fail with a 401 from our endpoint",
                "Our endpoint rejects every webhook with 401. We verify the signature header with our secret, "
                        + "but the computed HMAC never matches. Do we have to hash the raw body or the parsed JSON?",
                List.of("webhooks", "api", "security"));
        Answer webhookAnswer = answer(alice, webhooks, "Hash the **raw request body bytes** exactly as received. "
                + "Parsing and re-serialising the JSON changes whitespace and key order, so the HMAC will not match.");
        questions.accept(chiara, webhooks.id(), webhookAnswer.id());

        Question sso = ask(dmitri, "Single sign-on with Azure AD keeps looping back to the login page",
                "After enabling SAML single sign-on with Azure AD, users are redirected to the login page again "
                        + "right after authenticating. The SAML response looks valid in the browser tools. "
                        + "What could cause this redirect loop?",
                List.of("sso", "saml", "azure-ad"));
        Answer ssoAnswer = answer(emeka, sso, "This is almost always a clock skew or a cookie problem. Check that "
                + "the *Reply URL* in Azure matches exactly (including the trailing slash), and that your browser "
                + "accepts third-party cookies for the identity provider domain.");
        questions.accept(dmitri, sso.id(), ssoAnswer.id());
        comment(dmitri, sso, "The Reply URL had a trailing slash in Azure but not in our settings. That was it!");

        Question rateLimit = ask(bruno, "What are the API rate limits per token?",
                "We are building an integration that syncs contacts every few minutes. What are the rate limits "
                        + "for API tokens, and what happens when we exceed them?",
                List.of("api", "limits"));
        Answer limitAnswer = answer(dmitri, rateLimit, "Each token gets 600 requests per minute. Past that you get "
                + "`429 Too Many Requests` with a `Retry-After` header telling you how many seconds to wait.");
        questions.accept(bruno, rateLimit.id(), limitAnswer.id());

        vote(bruno, webhookAnswer, 1);
        vote(alice, exportAnswer, 1);
        vote(emeka, exportAnswer, 1);
        vote(dmitri, ssoAnswer, 1);
        vote(emeka, limitAnswer, 1);
        vote(alice, webhooks, 1);
        vote(bruno, sso, 1);

        Question darkMode = ask(emeka, "Is there a dark mode for the mobile app?",
                "I use the app a lot in the evening and the bright white background is hard on the eyes. "
                        + "Is a dark theme available or planned?",
                List.of("mobile", "feature-request"));
        vote(alice, darkMode, 1);
        vote(dmitri, darkMode, 1);
        comment(mia, darkMode, "Thanks for the idea! I have passed it on to the product team.");

        ask(alice, "Can I move my workspace to the EU data centre?",
                "Our legal team asks whether our workspace data can be stored in the EU. We signed up before the "
                        + "EU region existed. Is a migration possible and does it cause downtime?",
                List.of("data-residency", "billing"));

        vote(alice, chiaraExportAnswer, 1); // Chiara reaches 13: no longer a new member, may ask again
        Question twoFactor = ask(chiara, "Lost my phone, how do I recover two-factor authentication?",
                "I lost the phone with my authenticator app. I still have my password but cannot get past the "
                        + "two-factor prompt. I did not save the recovery codes. What are my options?",
                List.of("account", "security", "2fa"));
        answer(bruno, twoFactor, "Without recovery codes only support can reset 2FA after verifying your identity. "
                + "Open a ticket from the *still need help* button and have your last invoice number ready.");
        em.flush(); // the support queue reads with SQL
        // a support-only case: the agent escalates it by hand, so the queue has a ticket from the start
        tickets.escalate(sam, twoFactor.id(), "2FA reset: needs an identity check before we can help.");
        LOG.info(() -> "Seeded the demo community: 7 accounts, 7 questions, 1 ticket (password for all: " + PASSWORD + ")");
    }

    private User member(String email, String name) {
        return users.registerConfirmed(new UserService.Registration(email, name, PASSWORD), "demo-seed"); // not a client: no real address to limit
    }

    private User staff(String email, String name, Role role) {
        return users.createStaffAccount(new UserService.Registration(email, name, PASSWORD), EnumSet.of(role));
    }

    private void tag(String name, String description) {
        em.createNamedQuery(Tag.CREATE)
                .setParameter(1, name).setParameter(2, description).executeUpdate();
    }

    private Question ask(User author, String title, String body, List<String> tags) {
        return questions.ask(author, new NewQuestion(title, body, tags));
    }

    private Answer answer(User author, Question question, String body) {
        return questions.answer(author, question.id(), new PostBody(body, null));
    }

    private void comment(User author, dev.peerdesk.question.entity.Post post, String body) {
        questions.comment(author, post.id(), new PostBody(body, null));
    }

    private void vote(User voter, dev.peerdesk.question.entity.Post post, int value) {
        em.flush();
        em.refresh(voter); // votes are gated by the reputation earned just before
        votes.vote(voter, post.id(), value);
    }
}
