package nl.wijkdeal.ballot;

/**
 * One choice as posted: a plan and, for {@link nl.wijkdeal.round.BallotKind#RANKED} its place
 * (1 = first), for {@link nl.wijkdeal.round.BallotKind#POINTS} its points; 0 otherwise. Straight from
 * the form, so nothing is trusted yet: {@link BallotRules#check} says what is wrong with it.
 */
public record Choice(long planId, int value) {

    /** A choice without a value (choose up to K, knapsack). */
    public static Choice of(long planId) {
        return new Choice(planId, 0);
    }
}
