package nl.wijkdeal.plan;

import nl.wijkdeal.area.Area;
import nl.wijkdeal.kernel.Money;
import nl.wijkdeal.round.Round;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One plan as everyone sees it: the text, who wrote it (or "anoniem"), the support and how much is
 * still needed, what happened with it so far, and the comments.
 */
record PlanPage(long id, PlanListPage.RoundLine round, String title, String summary, String description, Money cost,
                String wijk, String theme, String location, String author, int supports, int threshold, int needed,
                boolean supportOpen, String supportEmail, Map<String, String> errors, List<Step> steps, String notice,
                int version, boolean edited, Money finalCost, List<String> coAuthors, Merged mergedInto,
                CommentSection comments, Photo photo,
                PlanOutcomes.Outcome outcome) {

    /** The plan this one became part of. */
    record Merged(long id, String title) {
    }

    record Step(String kind, String note, Instant at) {
    }

    /** The plan's photo on a page: its address and size (so the page does not jump while it loads). */
    record Photo(String url, int width, int height) {
        static Photo of(long planId, PhotoRules.Size size) {
            return new Photo("/plannen/" + planId + "/foto", size.width(), size.height());
        }
    }

    /** @param finalCost the gemeente's estimate from a published decision, or null; @param photo null: none */
    static PlanPage of(Plan plan, Round round, Area area, List<PlanEvent> events, String notice, String supportEmail,
                       Map<String, String> errors, Money finalCost, List<String> coAuthors, Merged mergedInto,
                       List<Comment> comments, Photo photo, PlanOutcomes.Outcome outcome) {
        String wijk = area.nameOf(plan.text().wijk());
        int threshold = round.text().supportThreshold();
        List<Step> steps = events.stream().map(e -> new Step(e.kind().key(), e.note(), e.at())).toList();
        PlanText t = plan.text();
        return new PlanPage(plan.id(), PlanListPage.RoundLine.of(round), t.title(), t.summary(), t.description(), t.cost(),
                wijk, t.theme(), t.location(), plan.shownName(), plan.supports(), threshold,
                Math.max(0, threshold - plan.supports()), plan.isPublic() && SupportPlan.OPEN.contains(round.phase()), supportEmail, errors,
                steps, notice, plan.version(), plan.version() > 1, finalCost, coAuthors, mergedInto,
                CommentSection.of(round, comments), photo, outcome);
    }
}
