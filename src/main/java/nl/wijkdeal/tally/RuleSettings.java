package nl.wijkdeal.tally;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Which rule to run and how. Build with the factories and the {@code with...} methods:
 * {@code RuleSettings.mes(Utility.COST, Completion.ADD1).withTieBreak(TieBreak.COST)}.
 *
 * @param rule       the selection rule
 * @param utility    for {@link Rule#MES} only: what a plan is worth to its voters
 * @param completion for {@link Rule#MES} only: what to do with money left after one run
 * @param reading    read ballots as cast, or every listed plan as one approval
 * @param threshold  a minimum score a plan needs to take part at all (empty: none)
 * @param n          for {@link Rule#TOP_N}: how many plans
 * @param tieBreak   how equal plans are ordered
 */
public record RuleSettings(Rule rule, Utility utility, Completion completion, BallotReading reading,
                           OptionalLong threshold, int n, TieBreak tieBreak) {

    /** The size of the "top 10" that a wijkdeal ends with. */
    public static final int DEFAULT_N = 10;

    public RuleSettings {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(utility, "utility");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(tieBreak, "tieBreak");
        if (n < 0) {
            throw new IllegalArgumentException("n moet 0 of meer zijn, niet " + n);
        }
    }

    public static RuleSettings of(Rule rule) {
        return new RuleSettings(rule, Utility.COST, Completion.NONE, BallotReading.AS_CAST,
                OptionalLong.empty(), DEFAULT_N, TieBreak.ID);
    }

    public static RuleSettings greedy() {
        return of(Rule.GREEDY);
    }

    public static RuleSettings topN(int n) {
        return of(Rule.TOP_N).withN(n);
    }

    public static RuleSettings mes(Utility utility, Completion completion) {
        return of(Rule.MES).withUtility(utility).withCompletion(completion);
    }

    public RuleSettings withRule(Rule value) {
        return new RuleSettings(value, utility, completion, reading, threshold, n, tieBreak);
    }

    public RuleSettings withUtility(Utility value) {
        return new RuleSettings(rule, value, completion, reading, threshold, n, tieBreak);
    }

    public RuleSettings withCompletion(Completion value) {
        return new RuleSettings(rule, utility, value, reading, threshold, n, tieBreak);
    }

    public RuleSettings withReading(BallotReading value) {
        return new RuleSettings(rule, utility, completion, value, threshold, n, tieBreak);
    }

    public RuleSettings asApproval() {
        return withReading(BallotReading.AS_APPROVAL);
    }

    public RuleSettings withThreshold(long value) {
        return new RuleSettings(rule, utility, completion, reading, OptionalLong.of(value), n, tieBreak);
    }

    public RuleSettings withN(int value) {
        return new RuleSettings(rule, utility, completion, reading, threshold, value, tieBreak);
    }

    public RuleSettings withTieBreak(TieBreak value) {
        return new RuleSettings(rule, utility, completion, reading, threshold, n, value);
    }
}
