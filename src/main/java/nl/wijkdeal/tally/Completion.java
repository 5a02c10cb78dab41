package nl.wijkdeal.tally;

import java.util.Optional;

/**
 * What happens after a plain Method of Equal Shares run, which usually leaves money unspent. The
 * add1 variants raise every voter's starting budget by 1 currency unit per step (from budget / n).
 */
public enum Completion implements Keyed {
    /** One run with budget / n per voter. */
    NONE("none"),
    /**
     * Stop at the first step whose outcome is exhaustive over the plans that have a supporter (no
     * such plan fits any more); if a step's outcome would exceed the budget, keep the previous one.
     */
    ADD1("add1"),
    /** Ignore exhaustiveness: go on until the next outcome would exceed the budget (Wieliczka 2023). */
    ADD1_UNTIL_INFEASIBLE("add1-until-infeasible"),
    /** {@link #ADD1}, then fill up greedily by score with what is left. */
    ADD1_THEN_GREEDY("add1-then-greedy");

    private final String key;

    Completion(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    public static Optional<Completion> fromKey(String key) {
        return Keyed.byKey(values(), key);
    }
}
