package nl.wijkdeal.result;

import nl.wijkdeal.kernel.Money;
import nl.wijkdeal.round.BallotKind;
import nl.wijkdeal.round.RoundSettings;
import nl.wijkdeal.round.SelectionRule;
import nl.wijkdeal.tally.Explanation;
import nl.wijkdeal.tally.Reason;
import nl.wijkdeal.tally.ScoreUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The result page's sentences as message keys with their values, so the page says them in the
 * visitor's language: why a plan was or was not chosen ({@code result.why.*}, one per tally
 * {@link Reason}) and how the count went ({@code result.how.*}). Numbers are passed as numbers, so
 * MessageFormat writes them the Dutch or English way; money is passed as text the way the whole site
 * shows it ("€ 12.400"); what a score counts is passed as 0 (votes) or 1 (points) for a
 * {@code {n,choice,0#stemmen|1#punten}}.
 *
 * <p>The arguments of each key, in order (unit = 0 votes / 1 points, money = text):
 * <pre>
 * result.why.selected.top-n            place
 * result.why.selected.greedy           place
 * result.why.selected.equal-shares     round
 * result.why.selected-free             -
 * result.why.selected-by-fill          place
 * result.why.does-not-fit              money left, cost
 * result.why.stopped-before-its-turn   title of the plan where the count stopped
 * result.why.below-threshold           threshold, unit, score
 * result.why.not-in-top-n              N, place
 * result.why.no-support                -
 * result.why.supporters-short          money the supporters had left, cost
 * result.how.kind.choose-up-to         K
 * result.how.kind.ranked               K, K-1
 * result.how.kind.points               number of point values, the values ("3, 2, 1")
 * result.how.kind.knapsack             wijk budget
 * result.how.rule.top-n                N, unit
 * result.how.rule.greedy               unit, wijk budget
 * result.how.rule.equal-shares         wijk budget
 * result.how.tie                       unit
 * </pre>
 */
public final class ExplanationText {

    static final String WHY = "result.why.";
    static final String HOW = "result.how.";
    static final int VOTES = 0;
    static final int POINTS = 1;

    /** A message key and its arguments in order ({0}, {1}, ...). */
    public record Sentence(String key, List<Object> args) {

        public Sentence {
            Objects.requireNonNull(key, "key");
            args = List.copyOf(args);
        }

        /** For {@code Messages.get(language, key, arguments())}. */
        public Object[] arguments() {
            return args.toArray();
        }
    }

    private ExplanationText() {
    }

    /**
     * Why this plan was or was not chosen.
     *
     * @param rule      the round's selection rule: "chosen" reads differently per rule
     * @param planTitle the title of a plan by its id, for {@link Reason#STOPPED_BEFORE_ITS_TURN}
     */
    public static Sentence why(SelectionRule rule, Explanation e, Function<String, String> planTitle) {
        String other = e.otherProjectId().isEmpty() ? ""
                : Objects.requireNonNullElse(planTitle.apply(e.otherProjectId()), e.otherProjectId());
        return why(rule, e.reason(), e.round(), e.place(), e.score(), e.unit(), e.amount(), e.needed(), e.limit(), other);
    }

    /** The same from the explanation's fields (amounts in euros, as the tally gives them). */
    public static Sentence why(SelectionRule rule, Reason reason, int round, int place, long score, ScoreUnit unit,
                               BigDecimal amount, BigDecimal needed, long limit, String otherPlanTitle) {
        Objects.requireNonNull(rule, "rule");
        String key = WHY + key(reason.name());
        return switch (reason) {
            case SELECTED -> new Sentence(key + "." + rule.key(), List.of(rule == SelectionRule.EQUAL_SHARES ? round : place));
            case SELECTED_FREE, NO_SUPPORT -> new Sentence(key, List.of());
            case SELECTED_BY_FILL -> new Sentence(key, List.of(place));
            case DOES_NOT_FIT, SUPPORTERS_SHORT -> new Sentence(key, List.of(money(amount), money(needed)));
            case STOPPED_BEFORE_ITS_TURN -> new Sentence(key, List.of(otherPlanTitle));
            case BELOW_THRESHOLD -> new Sentence(key, List.of(limit, unit(unit), score));
            case NOT_IN_TOP_N -> new Sentence(key, List.of(limit, place));
        };
    }

    /**
     * "Zo is geteld": how a ballot counted, how the rule chose, and how ties were broken.
     *
     * @param budget the budget of the wijk whose result this is
     */
    public static List<Sentence> how(RoundSettings settings, Money budget) {
        int unit = settings.kind() == BallotKind.RANKED || settings.kind() == BallotKind.POINTS ? POINTS : VOTES;
        int k = settings.maxChoices();
        Sentence kind = switch (settings.kind()) {
            case CHOOSE_UP_TO -> new Sentence(HOW + "kind.choose-up-to", List.of(k));
            // The first place gets K points, the next K-1: what RulesExplained promised before the vote.
            case RANKED -> new Sentence(HOW + "kind.ranked", List.of(k, k - 1));
            case POINTS -> new Sentence(HOW + "kind.points", List.of(settings.points().size(),
                    settings.points().stream().map(String::valueOf).collect(Collectors.joining(", "))));
            case KNAPSACK -> new Sentence(HOW + "kind.knapsack", List.of(budget.format()));
        };
        Sentence rule = switch (settings.rule()) {
            case TOP_N -> new Sentence(HOW + "rule.top-n", List.of(settings.topN(), unit));
            case GREEDY -> new Sentence(HOW + "rule.greedy", List.of(unit, budget.format()));
            case EQUAL_SHARES -> new Sentence(HOW + "rule.equal-shares", List.of(budget.format()));
        };
        return List.of(kind, rule, new Sentence(HOW + "tie", List.of(unit)));
    }

    static String key(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static int unit(ScoreUnit unit) {
        return unit == ScoreUnit.POINTS ? POINTS : VOTES;
    }

    /** The tally gives euros rounded down to cents; shown as everywhere on the site. */
    private static String money(BigDecimal euros) {
        return new Money(euros.setScale(2, RoundingMode.DOWN).movePointRight(2).longValueExact()).format();
    }
}
