package nl.wijkdeal.ballot;

import nl.wijkdeal.round.BallotKind;
import nl.wijkdeal.tally.Ballot;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Whether a posted ballot may be stored, and what is left to choose. Pure: {@code CastBallot}
 * calls it inside its transaction, the page turns each {@link BallotProblem} into a sentence.
 * The rules every kind shares live here; each kind's own rules live in its {@link BallotStyle}.
 */
public final class BallotRules {

    /**
     * Problems are listed by kind (in {@link BallotProblem.Kind}'s order: whole-ballot problems
     * first), then by plan id, each once: the same ballot gives the same list however the form
     * ordered its fields, and a test or a page can rely on it.
     */
    private static final Comparator<BallotProblem> ORDER =
            Comparator.comparing(BallotProblem::kind).thenComparingLong(BallotProblem::planId);

    private BallotRules() {
    }

    /** Every problem of these choices on this paper, in a stable order; empty = the ballot may be stored. */
    public static List<BallotProblem> check(BallotPaper paper, List<Choice> choices) {
        if (choices.isEmpty()) {
            return List.of(BallotProblem.whole(BallotProblem.Kind.EMPTY));
        }
        TreeSet<BallotProblem> problems = new TreeSet<>(ORDER);
        Map<Long, Choice> firstOfEachPlan = new LinkedHashMap<>();
        for (Choice choice : choices) {
            if (firstOfEachPlan.putIfAbsent(choice.planId(), choice) != null) {
                problems.add(new BallotProblem(BallotProblem.Kind.REPEATED, choice.planId()));
            }
            if (!paper.plans().containsKey(choice.planId())) {
                problems.add(new BallotProblem(BallotProblem.Kind.NOT_ON_BALLOT, choice.planId()));
            }
        }
        // A repeated plan is reported once, as REPEATED; its later copies take no part in the kind's
        // checks, so one mistake does not also show up as a repeated place or points.
        problems.addAll(BallotStyle.of(paper.kind()).check(paper, distinct(firstOfEachPlan)));
        return List.copyOf(problems);
    }

    /** What is left to choose, for the "nog 3 keuzes" / "nog € 4.500 over" line. */
    public static Remaining remaining(BallotPaper paper, List<Choice> choices) {
        Map<Long, Choice> firstOfEachPlan = new LinkedHashMap<>();
        choices.forEach(choice -> firstOfEachPlan.putIfAbsent(choice.planId(), choice));
        return BallotStyle.of(paper.kind()).remaining(paper, distinct(firstOfEachPlan));
    }

    /**
     * The ballot as the count reads it, the plan ids as project ids: approval kinds give the plans,
     * points gives them with their points, ranked gives them by place (favourite first) with Borda
     * points K..1 for places 1..K (DESIGN.md §5). Ranked is counted as points, not as the tally's
     * ordinal reading, which gives L..1 when L plans are ranked: with K = 10, a resident who ranks
     * only two plans still gives the favourite 10 points. Expects choices that passed {@link #check}.
     */
    public static Ballot toTally(String voterId, BallotKind kind, int maxChoices, List<Choice> choices) {
        return BallotStyle.of(kind).toTally(voterId, maxChoices, choices);
    }

    /** How the count reads ballots of this kind (and how they are published in Pabulib). */
    public static nl.wijkdeal.tally.BallotKind tallyKind(BallotKind kind) {
        return switch (kind) {
            case CHOOSE_UP_TO, KNAPSACK -> nl.wijkdeal.tally.BallotKind.APPROVAL;
            case RANKED, POINTS -> nl.wijkdeal.tally.BallotKind.CUMULATIVE;
        };
    }

    private static List<Choice> distinct(Map<Long, Choice> firstOfEachPlan) {
        return List.copyOf(firstOfEachPlan.values());
    }
}
