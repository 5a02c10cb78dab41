package nl.wijkdeal.result;

import java.util.List;
import java.util.Map;

/** The staff page of one wijk's result, with the adoption and publication forms. */
record ResultAdminPage(ResultView result, boolean mayAdopt, AdoptionForm adoption, PublicationForm publication,
                       String notice) {

    /** A plan the count selected, with what the adoption form holds for it. */
    record Choice(ResultView.PlanLine plan, boolean ticked, String reason, String error) {
    }

    public List<Choice> choices() {
        return result.plans().stream().filter(ResultView.PlanLine::computedSelected)
                .map(p -> new Choice(p, adoption.ticked(p.id()), adoption.reason(p.id()), adoption.error(p.id()))).toList();
    }

    public String noteError() {
        return adoption.errors().get("toelichting");
    }

    /**
     * A problem with a plan that has no field on the form (one the count did not select, named by a
     * stale or hand-made form): said at the top, since there is no field to put it beside.
     */
    public String otherPlanError() {
        return adoption.errors().entrySet().stream()
                .filter(e -> !e.getKey().equals("toelichting"))
                .filter(e -> choices().stream().noneMatch(c -> Long.toString(c.plan().id()).equals(e.getKey())))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** Every wijk of a round, with where each stands. */
    record Overview(long roundId, String roundName, List<ResultView> wijken) {

        static Overview of(ResultViews.RoundResults results) {
            return new Overview(results.round().id(), results.round().text().name(), results.wijken());
        }
    }
}
