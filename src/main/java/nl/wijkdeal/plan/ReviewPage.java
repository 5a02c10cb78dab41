package nl.wijkdeal.plan;

import nl.wijkdeal.area.Area;
import nl.wijkdeal.kernel.Money;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.web.FormData;

import java.util.List;
import java.util.Map;

/**
 * The gebiedsteam's haalbaarheidstoets for one round: every public plan (those with enough support
 * first) with its decision form, and the button that publishes all prepared decisions.
 *
 * @param edited the plan whose form was just refused (its values and errors shown), or 0
 */
record ReviewPage(PlanListPage.RoundLine round, boolean canDecide, boolean canPublish, int drafts, List<Row> rows,
                  String notice, long edited, String formError) {

    /** @param state "none", "draft" or "published"; @param yes, no, shortlisted: what the form shows ticked */
    record Row(long id, String title, String wijk, int supports, boolean enough, Money residentCost, String state,
               Map<String, String> values, Map<String, String> errors, boolean yes, boolean no, boolean shortlisted) {
    }

    static ReviewPage of(Round round, Area area, List<Plan> plans, Map<Long, ReviewStore.Review> reviews, boolean mayConfigure,
                         String notice, long edited, FormData typed, Map<String, String> errors) {
        int threshold = round.text().supportThreshold();
        List<Row> rows = plans.stream()
                .sorted((a, b) -> Boolean.compare(b.supports() >= threshold, a.supports() >= threshold))
                .map(plan -> {
                    ReviewStore.Review review = reviews.get(plan.id());
                    Map<String, String> values = plan.id() == edited ? typedValues(typed) : savedValues(plan, review);
                    return new Row(plan.id(), plan.text().title(), area.nameOf(plan.text().wijk()),
                            plan.supports(), plan.supports() >= threshold, plan.text().cost(),
                            review == null ? "none" : review.published() ? "published" : "draft",
                            values, plan.id() == edited ? errors : Map.of(), "ja".equals(values.get("haalbaar")),
                            "nee".equals(values.get("haalbaar")), "ja".equals(values.get("shortlist")));
                }).toList();
        int drafts = (int) reviews.values().stream().filter(r -> !r.published()).count();
        return new ReviewPage(PlanListPage.RoundLine.of(round), mayConfigure && ReviewPlans.PREPARE.contains(round.phase()),
                mayConfigure && round.phase() == Phase.REVIEW && drafts > 0, drafts, rows, notice, edited, errors.get("form"));
    }

    private static Map<String, String> typedValues(FormData form) {
        return Map.of("haalbaar", form.text("haalbaar"), "reden", form.text("reden"), "kosten", form.text("kosten"),
                "shortlist", form.text("shortlist"));
    }

    private static Map<String, String> savedValues(Plan plan, ReviewStore.Review review) {
        if (review == null) {
            return Map.of("haalbaar", "", "reden", "", "kosten", plan.text().cost().formInput(), "shortlist", "");
        }
        PlanReviewRules.Decision d = review.decision();
        return Map.of("haalbaar", d.feasible() ? "ja" : "nee", "reden", d.reason(), "kosten", d.finalCost().formInput(),
                "shortlist", d.shortlisted() ? "ja" : "");
    }
}
