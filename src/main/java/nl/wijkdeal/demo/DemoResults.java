package nl.wijkdeal.demo;

import jakarta.inject.Singleton;
import nl.wijkdeal.plan.BallotPlans;
import nl.wijkdeal.result.SeedResults;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.staff.Staff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The results of the demo round past voting (Oost 2026): both wijken counted; the wijkwethouder
 * adopted Beijum/Lewenborg with one deviation (a plan that cannot be carried out, with the reason)
 * and published it; Meerstad is adopted and set to publish in two weeks. So the demo shows a public
 * result page, a deviation, a scheduled publication and a round page gathering both.
 */
@Singleton
class DemoResults {

    private static final Logger LOG = LoggerFactory.getLogger(DemoResults.class);

    static final String NOT_FEASIBLE = "Pannakooi bij het Lewenborgplein";

    private final SeedResults seedResults;
    private final PublicRounds rounds;
    private final BallotPlans ballotPlans;
    private final Clock clock;

    DemoResults(SeedResults seedResults, PublicRounds rounds, BallotPlans ballotPlans, Clock clock) {
        this.seedResults = seedResults;
        this.rounds = rounds;
        this.ballotPlans = ballotPlans;
        this.clock = clock;
    }

    void load(Staff wethouder) {
        Round round = rounds.all().stream().filter(r -> r.text().name().equals(DemoBallots.ROUND)).findFirst().orElseThrow();
        int counted = seedResults.recount(round);
        long notFeasible = ballotPlans.of(round.id(), "WK001411").stream()
                .filter(plan -> plan.title().equals(NOT_FEASIBLE)).findFirst().orElseThrow().id();
        Map<String, String> deviations = seedResults.selected(round, "WK001411").contains(notFeasible)
                ? Map.of(Long.toString(notFeasible), "Het Lewenborgplein wordt in 2027 helemaal opnieuw ingericht. "
                        + "Een voetbalkooi kan daar pas daarna komen; we nemen het plan mee in het nieuwe ontwerp.")
                : Map.of();
        seedResults.adoptAndPublish(wethouder, round, "WK001411", deviations,
                "Vastgesteld in het overleg met de wijkraad van Oost.", null);
        seedResults.adoptAndPublish(wethouder, round, "WK001412", Map.of(), "",
                clock.instant().plus(Duration.ofDays(14)));
        LOG.info("Demo mode: counted {} wijken of {}; WK001411 published, WK001412 scheduled", counted, DemoBallots.ROUND);
    }
}
