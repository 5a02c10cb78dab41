package nl.wijkdeal.tally;

import java.util.Optional;

/**
 * How a ballot was filled in, named as in Pabulib's META {@code vote_type}. Knapsack ballots are
 * stored by Pabulib as {@code approval} and count as approvals.
 */
public enum BallotKind implements Keyed {
    /** Choose any number of plans (also "choose up to K" and knapsack ballots). */
    APPROVAL("approval"),
    /** Choose exactly one plan; counts as an approval. */
    CHOOSE_ONE("choose-1"),
    /** A ranking: with L plans ranked, the first gets L points, the last 1 (the official Krakow scores). */
    ORDINAL("ordinal"),
    /** Points spread over plans; a plan scores the sum of its points. */
    CUMULATIVE("cumulative"),
    /** Points per plan, not necessarily summing to a fixed total; treated like cumulative. */
    SCORING("scoring");

    private final String pabulibName;

    BallotKind(String pabulibName) {
        this.pabulibName = pabulibName;
    }

    /** The Pabulib {@code vote_type}. */
    public String pabulibName() {
        return pabulibName;
    }

    @Override
    public String key() {
        return pabulibName;
    }

    /** Whether ballots of this kind carry a {@code points} list. */
    public boolean hasPoints() {
        return this == CUMULATIVE || this == SCORING;
    }

    public static Optional<BallotKind> fromPabulib(String name) {
        return Keyed.byKey(values(), name);
    }
}
