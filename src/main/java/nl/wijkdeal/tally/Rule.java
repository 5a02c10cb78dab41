package nl.wijkdeal.tally;

import java.util.Optional;

/** The selection rules. Each is one class behind {@link SelectionRule}; this enum picks it. */
public enum Rule implements Keyed {
    /** The N highest scores, whatever they cost: the "top 10" list as such. */
    TOP_N("top-n", new TopN()),
    /** Highest score first, fund what fits, skip what no longer fits and go on (Dutch and CONSUL default). */
    GREEDY("greedy", new Greedy(Greedy.OnMisfit.SKIP)),
    /** As greedy, but stop at the first plan that does not fit (Wroclaw). */
    GREEDY_NO_SKIP("greedy-no-skip", new Greedy(Greedy.OnMisfit.STOP)),
    /** The Method of Equal Shares, with a {@link Utility} and a {@link Completion}. */
    MES("mes", new EqualShares());

    private final String key;
    private final SelectionRule implementation;

    Rule(String key, SelectionRule implementation) {
        this.key = key;
        this.implementation = implementation;
    }

    /** The name used on the command line and in JSON. */
    @Override
    public String key() {
        return key;
    }

    SelectionRule implementation() {
        return implementation;
    }

    public static Optional<Rule> fromKey(String key) {
        return Keyed.byKey(values(), key);
    }
}
