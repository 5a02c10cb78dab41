package nl.wijkdeal.plan;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.audit.AuditLog;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.staff.AccessPolicy;
import nl.wijkdeal.staff.Authorize;
import nl.wijkdeal.staff.Staff;
import nl.wijkdeal.web.FormData;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two plans that overlap become one: the gebiedsteam folds one plan into another with a public
 * note. Nothing is lost: the merged plan keeps its page and history, its supporters count for the
 * other plan (once per address), its author becomes a co-author, and both timelines say so.
 */
@Singleton
class MergePlans {

    static final Set<Phase> OPEN = EnumSet.of(Phase.IDEAS, Phase.CO_CREATION, Phase.REVIEW);
    static final int NOTE_MAX = 2000;

    private final PlanStore store;
    private final Milestones milestones;
    private final AuditLog audit;
    private final Clock clock;

    MergePlans(PlanStore store, Milestones milestones, AuditLog audit, Clock clock) {
        this.store = store;
        this.milestones = milestones;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return field -> message key; empty when merged */
    @Transactional
    Map<String, String> merge(Staff staff, Round round, FormData form) {
        Authorize.require(staff, AccessPolicy.Action.CONFIGURE_ROUNDS, round.areaCode());
        Map<String, String> errors = new LinkedHashMap<>();
        if (!OPEN.contains(round.phase())) {
            return Map.of("form", "merge.error.phase");
        }
        Optional<Plan> source = plan(form.text("bron"), round);
        Optional<Plan> target = plan(form.text("doel"), round);
        if (source.isEmpty()) {
            errors.put("bron", "merge.error.choose");
        }
        if (target.isEmpty()) {
            errors.put("doel", "merge.error.choose");
        } else if (source.isPresent() && source.get().id() == target.get().id()) {
            errors.put("doel", "merge.error.same");
        }
        String note = PlanFormRules.clean(form.text("toelichting"));
        if (note.isEmpty()) {
            errors.put("toelichting", "merge.error.note");
        } else if (note.length() > NOTE_MAX) {
            errors.put("toelichting", "plan.error.tooLong");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Instant now = clock.instant();
        if (!store.merge(source.get().id(), target.get().id(), now)) {
            return Map.of("form", "merge.error.changed");
        }
        // Target first: the merged plan's followers are the target's now too, and hear it once (below).
        store.addEvent(target.get().id(), PlanEvent.Kind.MERGED, note, now);
        milestones.reach(source.get(), round, PlanEvent.Kind.MERGED, note, now);
        // The supports brought along may carry the plan over the threshold.
        Plan merged = store.find(target.get().id()).orElseThrow();
        if (merged.supports() >= round.text().supportThreshold() && !store.hasEvent(merged.id(), PlanEvent.Kind.ENOUGH_SUPPORT)) {
            milestones.reach(merged, round, PlanEvent.Kind.ENOUGH_SUPPORT, null, now);
        }
        audit.append(staff.asActor(), round.areaCode(), "plan.merged", "plan:" + source.get().id(),
                Map.of("into", "plan:" + target.get().id()));
        return Map.of();
    }

    private Optional<Plan> plan(String typedId, Round round) {
        try {
            return store.find(Long.parseLong(typedId)).filter(p -> p.roundId() == round.id() && p.isPublic());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
