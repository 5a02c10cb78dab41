package nl.wijkdeal.tally;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** One selection rule; {@link Rule} picks the implementation. */
interface SelectionRule {

    /**
     * @param profile  the counted ballots
     * @param settings the rule's settings
     * @param eligible per project index whether it may be selected at all (has support, meets the threshold)
     * @param byScore  all project indexes, highest score first, ties by the settings' tie-break
     */
    Selection select(Profile profile, RuleSettings settings, boolean[] eligible, List<Integer> byScore);

    /**
     * What a rule decided: selected project indexes in order, and a verdict for every eligible project
     * (ineligible ones get theirs from {@link Tally}).
     */
    record Selection(List<Integer> order, Verdict[] verdicts, Optional<Rational> endowment) {
    }

    /** The rule-specific part of an {@link Explanation}. */
    record Verdict(Reason reason, int round, BigDecimal amount, long limit, String otherProjectId) {

        static Verdict selected(Reason reason, int round) {
            return new Verdict(reason, round, BigDecimal.ZERO, 0, "");
        }

        static Verdict of(Reason reason, BigDecimal amount) {
            return new Verdict(reason, 0, amount, 0, "");
        }
    }
}
