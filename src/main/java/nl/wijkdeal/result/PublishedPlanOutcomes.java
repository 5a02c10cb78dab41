package nl.wijkdeal.result;

import jakarta.inject.Singleton;
import nl.wijkdeal.plan.PlanOutcomes;

import java.util.Optional;

/** "Gekozen" / "niet gekozen" on a plan's page, from its wijk's published result (the adopted choice). */
@Singleton
class PublishedPlanOutcomes implements PlanOutcomes {

    private final ResultStore store;

    PublishedPlanOutcomes(ResultStore store) {
        this.store = store;
    }

    @Override
    public Optional<Outcome> published(long planId) {
        return store.publishedChoice(planId);
    }
}
