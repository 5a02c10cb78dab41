package nl.wijkdeal.plan;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.kernel.Money;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.Round;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Plans put straight into a state, without mails or links: for demo data only. Residents' plans
 * always come in through {@link SubmitPlan}.
 */
@Singleton
public class SeedPlans {

    /**
     * @param shownName null for anonymous
     * @param confirmed false: submitted but the author never clicked the link (not public)
     * @param supports  confirmed supports, from made-up addresses
     * @param feasible  a published review decision (with {@code reason}), or null for none
     */
    public record Seed(String title, String summary, String description, long euros, String wijk, String theme,
                       String location, String shownName, boolean confirmed, int supports, Boolean feasible, String reason) {

        public Seed(String title, String summary, String description, long euros, String wijk, String theme,
                    String location, String shownName, boolean confirmed, int supports) {
            this(title, summary, description, euros, wijk, theme, location, shownName, confirmed, supports, null, null);
        }
    }

    private final PlanStore store;
    private final ReviewStore reviews;
    private final CommentStore comments;
    private final ModerationStore moderation;
    private final Clock clock;

    SeedPlans(PlanStore store, ReviewStore reviews, CommentStore comments, ModerationStore moderation, Clock clock) {
        this.store = store;
        this.reviews = reviews;
        this.comments = comments;
        this.moderation = moderation;
        this.clock = clock;
    }

    /** {@code source} folded into {@code target}, with the public note on both timelines. */
    @Transactional
    public void merge(long source, long target, String note) {
        Instant now = clock.instant();
        store.merge(source, target, now);
        store.addEvent(target, PlanEvent.Kind.MERGED, note, now);
        store.addEvent(source, PlanEvent.Kind.MERGED, note, now);
    }

    /** A plan hidden by the gebiedsteam with a public reason. */
    @Transactional
    public void hide(long planId, String reason) {
        moderation.hidePlan(planId, reason);
        store.addEvent(planId, PlanEvent.Kind.HIDDEN, reason, clock.instant());
    }

    /** An open report of abuse about a comment, for the gebiedsteam's queue. */
    @Transactional
    public void report(long planId, long commentId, String note) {
        moderation.addReport(planId, commentId, new ModerationRules.Report(ModerationRules.Complaint.OFF_TOPIC, note),
                clock.instant());
    }

    /** A live comment (a reply when {@code parentId} is set); {@code shownName} null for anonymous. */
    @Transactional
    public long comment(long planId, Long parentId, String shownName, String body) {
        Instant now = clock.instant();
        long author = store.participant("demo-" + UUID.randomUUID().toString().substring(0, 8) + "@wijkdeal.example", "nl", now);
        long id = comments.insert(planId, parentId, author, shownName, body, UUID.randomUUID(), now).orElseThrow();
        comments.publish(id, now);
        return id;
    }

    @Transactional
    public long seed(Round round, Seed seed) {
        Instant now = clock.instant();
        String slug = UUID.randomUUID().toString().substring(0, 8);
        long author = store.participant("demo-" + slug + "@wijkdeal.example", "nl", now);
        PlanText text = new PlanText(seed.title(), seed.summary(), seed.description(), Money.euros(seed.euros()), seed.wijk(),
                seed.theme(), seed.location());
        long id = store.insert(round.id(), text, seed.shownName(), author, UUID.randomUUID(), now).orElseThrow();
        store.addVersion(id, 1, text, seed.shownName() == null ? "" : seed.shownName(), now);
        store.addEvent(id, PlanEvent.Kind.SUBMITTED, null, now);
        if (!seed.confirmed()) {
            return id;
        }
        store.participantConfirmed(author, now);
        store.publish(id, now);
        store.addEvent(id, PlanEvent.Kind.CONFIRMED, null, now);
        for (int i = 0; i < seed.supports(); i++) {
            long supporter = store.participant("demo-steun-" + slug + "-" + i + "@wijkdeal.example", "nl", now);
            store.addSupport(id, supporter, now);
            int count = store.confirmSupport(id, supporter, now).orElseThrow();
            if (count == round.text().supportThreshold()) {
                store.addEvent(id, PlanEvent.Kind.ENOUGH_SUPPORT, null, now);
            }
        }
        // What the phase listeners would have done had the plan been there when the round moved on.
        if (round.phase().compareTo(Phase.REVIEW) >= 0 && seed.supports() < round.text().supportThreshold()) {
            store.addEvent(id, PlanEvent.Kind.TOO_LITTLE_SUPPORT, null, now);
        }
        if (seed.feasible() != null) {
            reviews.save(id, new PlanReviewRules.Decision(seed.feasible(), seed.reason() == null ? "" : seed.reason(),
                    text.cost(), false), "Gebiedsteam", now);
            reviews.publishDrafts(round.id(), now);
            store.addEvent(id, seed.feasible() ? PlanEvent.Kind.FEASIBLE : PlanEvent.Kind.NOT_FEASIBLE, seed.reason(), now);
            if (seed.feasible() && round.phase().compareTo(Phase.VOTING) >= 0) {
                store.addEvent(id, PlanEvent.Kind.ON_BALLOT, null, now);
            }
        }
        return id;
    }
}
