package nl.wijkdeal.result;

import jakarta.inject.Singleton;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.area.Neighbourhood;
import nl.wijkdeal.audit.Actor;
import nl.wijkdeal.audit.AuditLog;
import nl.wijkdeal.ballot.BallotBox;
import nl.wijkdeal.ballot.BallotRules;
import nl.wijkdeal.kernel.Money;
import nl.wijkdeal.plan.BallotPlans;
import nl.wijkdeal.register.RegisterFigures;
import nl.wijkdeal.result.recount.RuleJson;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.tally.Explanation;
import nl.wijkdeal.tally.RuleSettings;
import nl.wijkdeal.tally.Tally;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Counts every wijk of a closed round with the round's rule and keeps the result as it is. Runs in
 * the caller's transaction: on close that is the transaction that moved the round out of voting,
 * so no ballot can be stored in between (see round.VotingGate). Counting a wijk twice is refused by
 * the result's primary key, so two instances closing at once leave one result.
 */
@Singleton
class CountVotes {

    private final ResultStore store;
    private final BallotBox box;
    private final BallotPlans ballotPlans;
    private final RegisterFigures register;
    private final AreaDirectory areas;
    private final AuditLog audit;
    private final Clock clock;

    CountVotes(ResultStore store, BallotBox box, BallotPlans ballotPlans, RegisterFigures register, AreaDirectory areas,
               AuditLog audit, Clock clock) {
        this.store = store;
        this.box = box;
        this.ballotPlans = ballotPlans;
        this.register = register;
        this.areas = areas;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return how many wijken this call counted (0 when all were counted before) */
    int count(Round round) {
        RuleSettings rule = ResultRules.tallySettings(round.settings());
        Map<String, Integer> eligible = register.eligiblePerWijk(round.id());
        int counted = 0;
        for (Map.Entry<String, Money> wijk : round.settings().budgets().entrySet()) {
            if (!store.exists(round.id(), wijk.getKey()) && countWijk(round, wijk.getKey(), wijk.getValue(), rule, eligible)) {
                counted++;
            }
        }
        if (counted > 0) {
            audit.append(Actor.system(), round.areaCode(), "result.counted", "round:" + round.id(),
                    Map.of("wijken", Integer.toString(counted), "rule", rule.rule().key(), "engine", Tally.ENGINE_VERSION));
        }
        return counted;
    }

    private boolean countWijk(Round round, String wijk, Money budget, RuleSettings rule, Map<String, Integer> eligible) {
        List<WijkCount.Plan> plans = ballotPlans.of(round.id(), wijk).stream()
                .map(plan -> new WijkCount.Plan(plan.id(), plan.title(), plan.cost())).toList();
        Set<String> onBallot = plans.stream().map(plan -> Long.toString(plan.id())).collect(Collectors.toSet());
        var settings = round.settings();
        BallotBox.Opened opened = box.open(round.id(), wijk, settings.kind(), settings.maxChoices(), onBallot);
        String wijkName = areas.neighbourhood(wijk).map(Neighbourhood::name).orElse(wijk);
        WijkCount.Counted counted = WijkCount.count(round.text().name(), wijkName, budget, BallotRules.tallyKind(settings.kind()), plans, opened.ballots(), opened.receiptHashes(), rule);
        boolean fresh = store.insert(round.id(), wijk, clock.instant(), Tally.ENGINE_VERSION, RuleJson.toJson(rule),
                settings.kind().key(), budget, eligible.get(wijk), opened.perChannel(),
                counted.outcome().selected().stream().map(Long::valueOf).toList(), counted.ballotsFile(),
                counted.receiptsFile(), counted.ballotsRoot(), counted.receiptsRoot());
        if (fresh) {
            for (WijkCount.Plan plan : plans) {
                Explanation why = counted.outcome().explanation(Long.toString(plan.id()));
                store.insertPlan(round.id(), wijk, plan, why, counted.voters().get(Long.toString(plan.id())));
            }
        }
        return fresh;
    }
}
