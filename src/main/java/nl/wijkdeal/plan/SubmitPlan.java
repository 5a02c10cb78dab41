package nl.wijkdeal.plan;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.web.FormData;
import nl.wijkdeal.web.Language;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A resident submits a plan, without an account. It goes live once the e-mail address is confirmed
 * by the link in the mail; the same mail carries a personal link to edit the plan until the review.
 * The same form sent twice (a double click) is one plan.
 */
@Singleton
class SubmitPlan {

    /** How long a confirmation link works. */
    static final long CONFIRM_DAYS = 7;

    sealed interface Result permits Submitted, Refused {
    }

    record Submitted(long planId) implements Result {
    }

    /** Field -> message key; "form" for what concerns the whole form. */
    record Refused(Map<String, String> errors) implements Result {
    }

    private final PublicRounds rounds;
    private final PlanStore store;
    private final EmailLinks links;
    private final PlanMails mails;
    private final SpamLimits limits;
    private final Clock clock;

    SubmitPlan(PublicRounds rounds, PlanStore store, EmailLinks links, PlanMails mails, SpamLimits limits, Clock clock) {
        this.rounds = rounds;
        this.store = store;
        this.links = links;
        this.mails = mails;
        this.limits = limits;
        this.clock = clock;
    }

    @Transactional
    Result submit(Round round, FormData form, PhotoChoice photo, Language language, String clientAddress) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (round.phase() != Phase.IDEAS) {
            errors.put("form", "plan.error.closed");
        }
        PlanFormRules.Reading reading = PlanFormRules.readText(form, allowed(round));
        errors.putAll(reading.errors());
        Optional<String> shownName = PlanFormRules.shownName(form, errors);
        String email = PlanFormRules.email(form.text("email"), "email", errors);
        if (photo.refused()) {
            errors.put("photo", photo.error());
        }
        if (!errors.isEmpty()) {
            return new Refused(photo.withReminder(errors));
        }
        UUID formKey = formKey(form.text("formulier"));
        Optional<Long> earlier = store.byFormKey(formKey);
        if (earlier.isPresent()) {
            return new Submitted(earlier.get());
        }
        Instant now = clock.instant();
        if (!limits.allowSubmission(email, clientAddress, now)) {
            return new Refused(photo.withReminder(Map.of("form", "plan.error.tooMany")));
        }
        long author = store.participant(email, language.code(), now);
        PlanText text = reading.text().orElseThrow();
        Optional<Long> inserted = store.insert(round.id(), text, shownName.orElse(null), author, formKey, now);
        if (inserted.isEmpty()) {
            // Not the same form (checked above): this author has a plan with this title in the round.
            return store.byFormKey(formKey).<Result>map(Submitted::new)
                    .orElseGet(() -> new Refused(photo.withReminder(Map.of("title", "plan.error.title.twice"))));
        }
        long planId = inserted.get();
        if (photo.photo() != null) {
            store.savePhoto(planId, photo.photo());
        }
        store.addVersion(planId, 1, text, shownName.orElse(""), now);
        store.addEvent(planId, PlanEvent.Kind.SUBMITTED, null, now);
        String confirm = links.create(EmailLinks.Purpose.CONFIRM_PLAN, planId, author, now.plus(CONFIRM_DAYS, ChronoUnit.DAYS));
        String edit = links.create(EmailLinks.Purpose.EDIT_PLAN, planId, author, editableUntil(round, clock.getZone()));
        mails.confirmPlan(email, language, round, planId, text.title(), confirm, edit);
        return new Submitted(planId);
    }

    static PlanFormRules.Allowed allowed(Round round) {
        return new PlanFormRules.Allowed(round.settings().budgets(), round.text().themes());
    }

    /** Authors change their plan until the review starts (then the gebiedsteam looks at it). */
    static Instant editableUntil(Round round, ZoneId zone) {
        LocalDate review = round.settings().startOf(Phase.REVIEW);
        return review.atStartOfDay(zone).toInstant();
    }

    /** The form's hidden key; a missing or forged one simply makes a new plan. */
    private static UUID formKey(String typed) {
        try {
            return UUID.fromString(typed);
        } catch (IllegalArgumentException e) {
            return UUID.randomUUID();
        }
    }
}
