package nl.wijkdeal.ballot;

import nl.wijkdeal.round.BallotKind;
import nl.wijkdeal.tally.Ballot;

import java.util.ArrayList;
import java.util.List;

/**
 * How one kind of ballot is filled in and checked; {@link #of(BallotKind)} picks the class. The
 * problems every kind shares (empty, repeated, not on the ballot) are {@link BallotRules}' job, so a
 * style only sees each plan once, with the value it was first posted with.
 * After consul's {@code budget/voting_styles}.
 */
interface BallotStyle {

    /** This kind's own problems with the distinct choices, in any order ({@link BallotRules} sorts). */
    List<BallotProblem> check(BallotPaper paper, List<Choice> distinct);

    /** What is left to choose after the distinct choices. */
    Remaining remaining(BallotPaper paper, List<Choice> distinct);

    /** The ballot as the count reads it; expects choices that passed {@link BallotRules#check}. */
    Ballot toTally(String voterId, int maxChoices, List<Choice> choices);

    static BallotStyle of(BallotKind kind) {
        // A switch, not a map: a new BallotKind does not compile until it has a style.
        return switch (kind) {
            case CHOOSE_UP_TO -> new ChooseUpTo();
            case RANKED -> new Ranked();
            case POINTS -> new Points();
            case KNAPSACK -> new Knapsack();
        };
    }

    /** TOO_MANY when more plans are chosen than the limit allows. */
    static List<BallotProblem> atMost(int limit, List<Choice> distinct) {
        return distinct.size() > limit ? List.of(BallotProblem.whole(BallotProblem.Kind.TOO_MANY)) : List.of();
    }

    /**
     * VALUE_NOT_EXPECTED for every choice with a value where the kind has none: the form never sends
     * one, so it was edited by hand. Refused rather than ignored, so a receipt never hides a surprise.
     */
    static List<BallotProblem> noValues(List<Choice> distinct) {
        List<BallotProblem> problems = new ArrayList<>();
        for (Choice choice : distinct) {
            if (choice.value() != 0) {
                problems.add(new BallotProblem(BallotProblem.Kind.VALUE_NOT_EXPECTED, choice.planId()));
            }
        }
        return problems;
    }

    /** An approval ballot for the count: the plans in the order posted, no points. */
    static Ballot approval(String voterId, List<Choice> choices) {
        return new Ballot(voterId, choices.stream().map(c -> Long.toString(c.planId())).toList(), List.of());
    }
}
