package nl.wijkdeal.tally;

import java.util.Optional;

/** What a selected plan is worth to a voter who chose it, for the Method of Equal Shares. */
public enum Utility implements Keyed {
    /** The plan's cost (approval x cost): the usual choice, and what Assen, Swiecie and Wieliczka used. */
    COST("cost"),
    /** 1 per chosen plan ("cardinality" in the research literature). */
    APPROVAL("approval"),
    /** The points the voter gave (ranked: L for the first of L, ..., 1 for the last; 1 for an approval). */
    POINTS("points"),
    /** Points x cost. */
    POINTS_COST("points-cost");

    private final String key;

    Utility(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    boolean usesPoints() {
        return this == POINTS || this == POINTS_COST;
    }

    boolean timesCost() {
        return this == COST || this == POINTS_COST;
    }

    public static Optional<Utility> fromKey(String key) {
        return Keyed.byKey(values(), key);
    }
}
