package nl.wijkdeal.plan;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.web.FormData;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The author changes their plan with the personal link from the mail, until the review starts.
 * Every change is a new version (who and when kept), so everyone can see what changed.
 */
@Singleton
class EditPlan {

    static final Set<Phase> OPEN = EnumSet.of(Phase.IDEAS, Phase.CO_CREATION);

    private final EmailLinks links;
    private final PlanStore store;
    private final Clock clock;

    EditPlan(EmailLinks links, PlanStore store, Clock clock) {
        this.links = links;
        this.store = store;
        this.clock = clock;
    }

    /** The plan, when the link is its edit link and still works. */
    Optional<Plan> check(long planId, String token) {
        Instant now = clock.instant();
        return links.find(token)
                .filter(link -> link.purpose() == EmailLinks.Purpose.EDIT_PLAN && link.planId() == planId)
                .filter(link -> link.expiresAt().isAfter(now))
                .flatMap(link -> store.find(planId));
    }

    /**
     * @param token the edit link used: the author's or a co-author's, whose name goes on the version
     * @return field -> message key; empty when saved (or when nothing changed)
     */
    @Transactional
    Map<String, String> edit(String token, Plan plan, Round round, FormData form, PhotoChoice photo) {
        if (!OPEN.contains(round.phase())) {
            return photo.withReminder(Map.of("form", "plan.error.editClosed"));
        }
        PlanFormRules.Reading reading = PlanFormRules.readText(form, SubmitPlan.allowed(round));
        Map<String, String> errors = new LinkedHashMap<>(reading.errors());
        if (photo.refused()) {
            errors.put("photo", photo.error());
        }
        if (!errors.isEmpty()) {
            return photo.withReminder(errors);
        }
        PlanText text = reading.text().orElseThrow();
        if (!text.equals(plan.text())) {
            // Compare-and-set on the version the author saw (hidden field): a save from an old tab does
            // not silently overwrite a newer version; the form comes back with what they typed.
            Optional<Integer> version = store.update(plan.id(), parseVersion(form.text("versie"), plan.version()), text);
            if (version.isEmpty()) {
                return photo.withReminder(Map.of("form", "plan.error.changedMeanwhile"));
            }
            long editor = links.find(token).map(EmailLinks.Link::participantId).orElse(plan.authorId());
            store.addVersion(plan.id(), version.get(), text, store.editorName(plan, editor), clock.instant());
        }
        // The photo is not part of the text's versions: a new one simply replaces the old one.
        if (photo.photo() != null) {
            store.savePhoto(plan.id(), photo.photo());
        } else if (photo.remove()) {
            store.removePhoto(plan.id());
        }
        return Map.of();
    }

    private static int parseVersion(String typed, int current) {
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            return current;
        }
    }
}
