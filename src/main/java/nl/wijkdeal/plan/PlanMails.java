package nl.wijkdeal.plan;

import jakarta.inject.Singleton;
import nl.wijkdeal.mail.MailDraft;
import nl.wijkdeal.mail.Outbox;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.web.Language;

/**
 * The mails of plans, in the reader's language, through the outbox (sent if and only if the
 * caller's transaction commits). Templates: {@code templates/mail/plan.*.txt.hbs}. Subjects name the
 * round, never the plan: a subject outlives the retention period, and a title typed by a resident
 * may hold anything.
 */
@Singleton
class PlanMails {

    private final Outbox outbox;

    PlanMails(Outbox outbox) {
        this.outbox = outbox;
    }

    /** To the author: confirm the address (the plan goes live), and the personal edit link. */
    void confirmPlan(String email, Language language, Round round, long planId, String title, String confirmToken,
                     String editToken) {
        outbox.enqueue(MailDraft.of("plan.confirm", email, language)
                .with("title", title)
                .with("round", round.text().name())
                .with("confirmPath", "/bevestigen/" + confirmToken)
                .with("editPath", "/plannen/" + planId + "/bewerken/" + editToken)
                .with("days", SubmitPlan.CONFIRM_DAYS)
                .about(round.areaCode()));
    }

    /** To a supporter: confirm the support (it counts once confirmed). */
    void confirmSupport(String email, Language language, Round round, long planId, String title, String confirmToken) {
        confirmation("plan.support", email, language, round, planId, title, confirmToken);
    }

    /** To a writer of a comment: confirm the address (the comment goes live). */
    void confirmComment(String email, Language language, Round round, long planId, String title, String confirmToken) {
        confirmation("plan.comment", email, language, round, planId, title, confirmToken);
    }

    /** To an invited co-author: confirm the address (then they become a co-author). */
    void confirmCoAuthor(String email, Language language, Round round, long planId, String title, String confirmToken) {
        confirmation("plan.coauthor", email, language, round, planId, title, confirmToken);
    }

    /** To a new co-author: their own personal link to change the plan. */
    void welcomeCoAuthor(String email, Language language, Round round, Plan plan, String editToken) {
        outbox.enqueue(MailDraft.of("plan.coauthor.welcome", email, language)
                .with("title", plan.text().title())
                .with("round", round.text().name())
                .with("planPath", "/plannen/" + plan.id())
                .with("editPath", "/plannen/" + plan.id() + "/bewerken/" + editToken)
                .about(round.areaCode()));
    }

    private void confirmation(String kind, String email, Language language, Round round, long planId, String title,
                              String confirmToken) {
        outbox.enqueue(MailDraft.of(kind, email, language)
                .with("title", title)
                .with("round", round.text().name())
                .with("planPath", "/plannen/" + planId)
                .with("confirmPath", "/bevestigen/" + confirmToken)
                .with("days", SubmitPlan.CONFIRM_DAYS)
                .about(round.areaCode()));
    }
}
