package nl.wijkdeal.plan;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.audit.AuditLog;
import nl.wijkdeal.staff.AccessPolicy;
import nl.wijkdeal.staff.Authorize;
import nl.wijkdeal.staff.Staff;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The gebiedsteam's decisions on reported content: hide a plan or a comment with a public reason,
 * show it again, or dismiss the reports (it may stay). Each decision that changes something is one
 * audit entry in the same transaction; the entry names the plan or comment by id and holds nothing a
 * resident wrote (the public reason is on the plan page, and may quote them).
 */
@Singleton
class HideContent {

    sealed interface Outcome permits Done, Refused {
        /** The gebied whose queue to go back to. */
        String area();
    }

    /** What a decision did: a notice key for the queue page ("niets" when nothing changed). */
    record Done(String area, String notice) implements Outcome {
    }

    /** The form's field and message key, when the reason is missing or too long. */
    record Refused(String area, Map<String, String> errors) implements Outcome {
    }

    private final ModerationStore store;
    private final PlanStore plans;
    private final CommentStore comments;
    private final AuditLog audit;
    private final Clock clock;

    HideContent(ModerationStore store, PlanStore plans, CommentStore comments, AuditLog audit, Clock clock) {
        this.store = store;
        this.plans = plans;
        this.comments = comments;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param commentId null to hide the plan itself */
    @Transactional
    Outcome hide(Staff staff, long planId, Long commentId, String typedReason) {
        String area = authorize(staff, planId, commentId);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<String> reason = ModerationRules.hideReason(typedReason, "reden", errors);
        if (reason.isEmpty()) {
            return new Refused(area, errors);
        }
        Instant now = clock.instant();
        boolean hidden = commentId == null ? store.hidePlan(planId, reason.get()) : store.hideComment(commentId, reason.get());
        if (hidden && commentId == null) {
            plans.addEvent(planId, PlanEvent.Kind.HIDDEN, reason.get(), now);
        }
        int reports = store.closeReports(planId, commentId, true, staff.id(), now);
        if (!hidden && reports == 0) {
            return new Done(area, "niets");
        }
        audit.append(staff.asActor(), area, hidden ? "moderation.hidden" : "moderation.handled", subject(planId, commentId),
                Map.of("reports", Integer.toString(reports)));
        return new Done(area, hidden ? "verborgen" : "afgehandeld");
    }

    @Transactional
    Done show(Staff staff, long planId, Long commentId) {
        String area = authorize(staff, planId, commentId);
        boolean shown = commentId == null ? store.showPlan(planId) : store.showComment(commentId);
        if (!shown) {
            return new Done(area, "niets");
        }
        if (commentId == null) {
            plans.addEvent(planId, PlanEvent.Kind.SHOWN, null, clock.instant());
        }
        audit.append(staff.asActor(), area, "moderation.shown", subject(planId, commentId), Map.of());
        return new Done(area, "getoond");
    }

    @Transactional
    Done dismiss(Staff staff, long planId, Long commentId) {
        String area = authorize(staff, planId, commentId);
        int reports = store.closeReports(planId, commentId, false, staff.id(), clock.instant());
        if (reports == 0) {
            return new Done(area, "niets");
        }
        audit.append(staff.asActor(), area, "moderation.dismissed", subject(planId, commentId),
                Map.of("reports", Integer.toString(reports)));
        return new Done(area, "afgewezen");
    }

    /** The plan of a comment, or the plan itself; 404 when unknown, 403 outside the staff member's gebieden. */
    long planOf(long commentId) {
        return comments.find(commentId).map(Comment::planId).orElseThrow(HideContent::notFound);
    }

    private String authorize(Staff staff, long planId, Long commentId) {
        String area = store.areaOfPlan(planId).orElseThrow(HideContent::notFound);
        Authorize.require(staff, AccessPolicy.Action.MODERATE, area);
        return area;
    }

    private static String subject(long planId, Long commentId) {
        return commentId == null ? "plan:" + planId : "comment:" + commentId;
    }

    private static HttpStatusException notFound() {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "no such plan or comment");
    }
}
