package nl.wijkdeal.round;

import nl.wijkdeal.tally.Rule;

/** How the votes become the selected plans; each maps onto a rule of the tally engine. */
public enum SelectionRule {
    /** The N plans with the highest scores, whatever they cost. */
    TOP_N(Rule.TOP_N),
    /** Most votes first, fund what fits the budget, skip what no longer fits (Dutch default). */
    GREEDY(Rule.GREEDY),
    /** The Method of Equal Shares: every voter controls an equal part of the budget. */
    EQUAL_SHARES(Rule.MES);

    private final Rule tallyRule;

    SelectionRule(Rule tallyRule) {
        this.tallyRule = tallyRule;
    }

    public Rule tallyRule() {
        return tallyRule;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
