package nl.wijkdeal.ballot;

import nl.wijkdeal.tally.Ballot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Rank up to K plans: place 1 is the favourite (a Borda-style top K, DESIGN.md §5). With n plans
 * ranked, the places are exactly 1..n, each once: a resident may rank fewer than K, but may not
 * leave a hole, because the count reads the order and a hole would be read as if it were not there.
 * A gap is only reported when every place is within 1..K and used once; otherwise the places out of
 * range or used twice already say what to fix, and a gap on top would be noise.
 */
final class Ranked implements BallotStyle {

    @Override
    public List<BallotProblem> check(BallotPaper paper, List<Choice> distinct) {
        int k = paper.maxChoices();
        List<BallotProblem> problems = new ArrayList<>(BallotStyle.atMost(k, distinct));
        TreeMap<Integer, List<Long>> plansByPlace = new TreeMap<>();
        boolean wellPlaced = true;
        for (Choice choice : distinct) {
            if (choice.value() < 1 || choice.value() > k) {
                problems.add(new BallotProblem(BallotProblem.Kind.RANK_OUT_OF_RANGE, choice.planId()));
                wellPlaced = false;
            } else {
                plansByPlace.computeIfAbsent(choice.value(), place -> new ArrayList<>()).add(choice.planId());
            }
        }
        for (List<Long> plans : plansByPlace.values()) {
            if (plans.size() > 1) {
                plans.forEach(planId -> problems.add(new BallotProblem(BallotProblem.Kind.RANK_REPEATED, planId)));
                wellPlaced = false;
            }
        }
        // n distinct places within 1..K: they are 1..n exactly when the highest is n.
        if (wellPlaced && !plansByPlace.isEmpty() && plansByPlace.lastKey() > distinct.size()) {
            problems.add(BallotProblem.whole(BallotProblem.Kind.RANK_GAP));
        }
        return problems;
    }

    @Override
    public Remaining remaining(BallotPaper paper, List<Choice> distinct) {
        return Remaining.choices(paper.maxChoices() - distinct.size());
    }

    /** The plans by place, favourite first, place 1 worth K points and place K worth 1. */
    @Override
    public Ballot toTally(String voterId, int maxChoices, List<Choice> choices) {
        List<Choice> byPlace = choices.stream().sorted(Comparator.comparingInt(Choice::value)).toList();
        return new Ballot(voterId, byPlace.stream().map(c -> Long.toString(c.planId())).toList(),
                byPlace.stream().map(c -> (long) (maxChoices + 1 - c.value())).toList());
    }
}
