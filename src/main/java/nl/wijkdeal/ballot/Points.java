package nl.wijkdeal.ballot;

import nl.wijkdeal.kernel.Money;
import nl.wijkdeal.tally.Ballot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Give each of the offered point values (e.g. 3, 2 and 1, as Hoogkerk did) to a different plan.
 * Each value is used at most once, so at most as many plans as there are values; a resident may
 * leave values unused. Points are only ever the offered values: 0 or a negative number would let a
 * hand-edited form vote against a plan.
 */
final class Points implements BallotStyle {

    @Override
    public List<BallotProblem> check(BallotPaper paper, List<Choice> distinct) {
        List<BallotProblem> problems = new ArrayList<>(BallotStyle.atMost(paper.points().size(), distinct));
        Map<Integer, List<Long>> plansByPoints = new LinkedHashMap<>();
        for (Choice choice : distinct) {
            if (choice.value() < 1 || !paper.points().contains(choice.value())) {
                problems.add(new BallotProblem(BallotProblem.Kind.POINTS_NOT_OFFERED, choice.planId()));
            } else {
                plansByPoints.computeIfAbsent(choice.value(), points -> new ArrayList<>()).add(choice.planId());
            }
        }
        for (List<Long> plans : plansByPoints.values()) {
            if (plans.size() > 1) {
                plans.forEach(planId -> problems.add(new BallotProblem(BallotProblem.Kind.POINTS_REPEATED, planId)));
            }
        }
        return problems;
    }

    @Override
    public Remaining remaining(BallotPaper paper, List<Choice> distinct) {
        List<Integer> left = new ArrayList<>(paper.points());
        for (Choice choice : distinct) {
            left.remove(Integer.valueOf(choice.value()));
        }
        return new Remaining(left.size(), Money.ZERO, left);
    }

    /** The plans in the order posted, each with its points; the count adds them up. */
    @Override
    public Ballot toTally(String voterId, int maxChoices, List<Choice> choices) {
        return new Ballot(voterId, choices.stream().map(c -> Long.toString(c.planId())).toList(),
                choices.stream().map(c -> (long) c.value()).toList());
    }
}
