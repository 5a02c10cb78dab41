package nl.wijkdeal.ballot;

import jakarta.inject.Singleton;
import nl.wijkdeal.kernel.Money;
import nl.wijkdeal.plan.BallotPlans;
import nl.wijkdeal.round.Round;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ballot of one wijk: the round's ballot settings and the plans on it, for the rules and the page. */
@Singleton
class BallotPapers {

    private final BallotPlans plans;

    BallotPapers(BallotPlans plans) {
        this.plans = plans;
    }

    record Offered(BallotPaper paper, List<BallotPlans.OnBallot> plans) {
    }

    Offered of(Round round, String wijk) {
        List<BallotPlans.OnBallot> onBallot = plans.of(round.id(), wijk);
        Map<Long, Money> costs = new LinkedHashMap<>();
        onBallot.forEach(plan -> costs.put(plan.id(), plan.cost()));
        var settings = round.settings();
        return new Offered(new BallotPaper(settings.kind(), settings.maxChoices(), settings.points(),
                settings.budgets().getOrDefault(wijk, Money.ZERO), costs), onBallot);
    }
}
