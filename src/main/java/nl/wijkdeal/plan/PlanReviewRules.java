package nl.wijkdeal.plan;

import nl.wijkdeal.kernel.Money;
import nl.wijkdeal.web.FormData;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The gebiedsteam's decision on one plan, as typed: feasible or not (not feasible needs a public
 * reason), the gemeente's own cost estimate, and whether it is on the shortlist. Pure.
 */
public final class PlanReviewRules {

    public static final int REASON_MAX = 2000;

    /** A decision that can be saved. */
    public record Decision(boolean feasible, String reason, Money finalCost, boolean shortlisted) {
    }

    public record Reading(Optional<Decision> decision, Map<String, String> errors) {
    }

    private PlanReviewRules() {
    }

    public static Reading read(FormData form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String verdict = form.text("haalbaar");
        if (!verdict.equals("ja") && !verdict.equals("nee")) {
            errors.put("haalbaar", "review.error.verdict");
        }
        String reason = PlanFormRules.clean(form.text("reden"));
        if (verdict.equals("nee") && reason.isEmpty()) {
            errors.put("reden", "review.error.reason");
        } else if (reason.length() > REASON_MAX) {
            errors.put("reden", "plan.error.tooLong");
        }
        Optional<Money> cost = Money.parse(form.text("kosten"));
        if (cost.isEmpty() || cost.get().cents() <= 0) {
            errors.put("kosten", form.text("kosten").isBlank() ? "review.error.cost.empty" : "plan.error.cost.invalid");
        }
        boolean shortlisted = form.text("shortlist").equals("ja");
        if (!errors.isEmpty()) {
            return new Reading(Optional.empty(), errors);
        }
        return new Reading(Optional.of(new Decision(verdict.equals("ja"), reason, cost.get(), shortlisted)), errors);
    }
}
