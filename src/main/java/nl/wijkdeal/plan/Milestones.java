package nl.wijkdeal.plan;

import jakarta.inject.Singleton;
import nl.wijkdeal.mail.MailDraft;
import nl.wijkdeal.mail.Outbox;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.web.Language;

import java.time.Instant;

/**
 * A step in "what happened with my idea" that the author and the supporters hear about: the step
 * on the plan's timeline, and a mail to each of them (with a one-click unsubscribe), in the
 * caller's transaction.
 */
@Singleton
class Milestones {

    private final PlanStore store;
    private final Outbox outbox;

    Milestones(PlanStore store, Outbox outbox) {
        this.store = store;
        this.outbox = outbox;
    }

    /** @param note a public reason, or null */
    void reach(Plan plan, Round round, PlanEvent.Kind kind, String note, Instant at) {
        store.addEvent(plan.id(), kind, note, at);
        for (String[] follower : store.followers(plan.id())) {
            Language language = Language.fromCode(follower[1]).orElse(Language.NL);
            outbox.enqueue(MailDraft.of("plan.status", follower[0], language)
                    .with("title", plan.text().title())
                    .with("round", round.text().name())
                    .with("status", "plan.status." + kind.key())
                    .with("note", note == null ? "" : note)
                    .with("planPath", "/plannen/" + plan.id())
                    .withUnsubscribe()
                    .about(round.areaCode()));
        }
    }
}
