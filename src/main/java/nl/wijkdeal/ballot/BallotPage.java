package nl.wijkdeal.ballot;

import nl.wijkdeal.kernel.Money;
import nl.wijkdeal.plan.BallotPlans;
import nl.wijkdeal.register.VoterPass;
import nl.wijkdeal.round.BallotKind;
import nl.wijkdeal.round.Round;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The ballot of one wijk, and its review: the plans in a random order that stays the same for this
 * voter (seeded by the pass), what is chosen, what remains, and the problems beside the plans.
 *
 * @param kind      the ballot kind's key: choose-up-to, ranked, points or knapsack
 * @param checkbox  true for choose-up-to and knapsack (a checkbox per plan), false for a select
 * @param problems  problems of the whole ballot (too many, over budget), as message keys
 */
record BallotPage(long roundId, String roundName, String wijkName, Instant until, boolean atCounter, boolean paper, String kind,
                  boolean checkbox, int maxChoices, String budget, long budgetCents, String pointValues, List<Line> plans, List<Line> chosen,
                  String remaining, String remainingArg, List<String> problems, boolean hasProblems,
                  String receipt, boolean empty) {

    /** A plan on the ballot, with the chosen value and the options of its select. */
    record Line(long id, String title, String summary, String cost, long costCents, boolean hasPhoto, boolean checked,
                String field, String value, List<Option> options, String problem) {
    }

    record Option(String value, String label, boolean selected) {
    }

    static BallotPage of(Round round, String wijkName, Instant until, VoterPass.Channel channel, BallotPapers.Offered offered,
                         List<Choice> choices, List<BallotProblem> problems, ReceiptCode receipt, long seed) {
        BallotPaper paper = offered.paper();
        BallotKind kind = paper.kind();
        Map<Long, Choice> byPlan = choices.stream().filter(c -> paper.plans().containsKey(c.planId()))
                .collect(Collectors.toMap(Choice::planId, c -> c, (a, b) -> a));
        Map<Long, String> planProblems = problems.stream().filter(p -> p.planId() != 0)
                .collect(Collectors.toMap(BallotProblem::planId, p -> "ballot.problem." + p.kind().name(), (a, b) -> a));
        List<BallotPlans.OnBallot> order = new ArrayList<>(offered.plans());
        Collections.shuffle(order, new Random(seed));
        List<Line> lines = order.stream().map(plan -> line(kind, paper, plan, byPlan.get(plan.id()), planProblems.get(plan.id())))
                .toList();
        List<Line> chosen = choices.stream().filter(c -> paper.plans().containsKey(c.planId()))
                .map(c -> lines.stream().filter(l -> l.id() == c.planId()).findFirst().orElseThrow()).toList();
        Remaining left = BallotRules.remaining(paper, choices);
        String remaining;
        String remainingArg;
        switch (kind) {
            case KNAPSACK -> {
                remaining = left.moneyLeft().isNegative() ? "ballot.remaining.overBudget" : "ballot.remaining.money";
                remainingArg = new Money(Math.abs(left.moneyLeft().cents())).format();
            }
            case POINTS -> {
                remaining = left.pointsLeft().isEmpty() ? "ballot.remaining.noPoints" : "ballot.remaining.points";
                remainingArg = left.pointsLeft().stream().map(String::valueOf).collect(Collectors.joining(", "));
            }
            default -> {
                remaining = left.choicesLeft() == 1 ? "ballot.remaining.choice" : "ballot.remaining.choices";
                remainingArg = Integer.toString(Math.max(0, left.choicesLeft()));
            }
        }
        List<String> general = problems.stream().filter(p -> p.planId() == 0)
                .map(p -> "ballot.problem." + p.kind().name()).distinct().toList();
        boolean unknownPlans = problems.stream().anyMatch(p -> p.planId() != 0 && !paper.plans().containsKey(p.planId()));
        if (unknownPlans) {
            general = new ArrayList<>(general);
            general.add("ballot.problem.NOT_ON_BALLOT");
        }
        return new BallotPage(round.id(), round.text().name(), wijkName, until, channel == VoterPass.Channel.COUNTER,
                channel == VoterPass.Channel.PAPER, kind.key(),
                kind == BallotKind.CHOOSE_UP_TO || kind == BallotKind.KNAPSACK, paper.maxChoices(), paper.budget().format(),
                paper.budget().cents(), paper.points().stream().map(String::valueOf).collect(Collectors.joining(",")),
                lines, chosen, remaining, remainingArg, general, !problems.isEmpty(), receipt.grouped(), offered.plans().isEmpty());
    }

    private static Line line(BallotKind kind, BallotPaper paper, BallotPlans.OnBallot plan, Choice choice, String problem) {
        List<Option> options = new ArrayList<>();
        String value = choice == null ? "" : BallotForm.fieldValue(kind, choice);
        if (kind == BallotKind.RANKED) {
            for (int place = 1; place <= Math.min(paper.maxChoices(), paper.plans().size()); place++) {
                options.add(new Option(Integer.toString(place), Integer.toString(place), value.equals(Integer.toString(place))));
            }
        } else if (kind == BallotKind.POINTS) {
            for (int points : paper.points()) {
                options.add(new Option(Integer.toString(points), Integer.toString(points), value.equals(Integer.toString(points))));
            }
        }
        return new Line(plan.id(), plan.title(), plan.summary(), plan.cost().format(), plan.cost().cents(), plan.hasPhoto(), choice != null,
                BallotForm.fieldName(kind, plan.id()), value, options, problem);
    }
}
