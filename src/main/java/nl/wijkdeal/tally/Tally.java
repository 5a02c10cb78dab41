package nl.wijkdeal.tally;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The count: a pure, deterministic function from an election and rule settings to an outcome. Same
 * input, same output, same order, on any machine; no clock, no randomness, no I/O.
 */
public final class Tally {

    /**
     * Names this engine in published results. Raise it whenever any rule could select differently for
     * the same input, so a recount knows which engine a published outcome came from.
     */
    public static final String ENGINE_VERSION = "wijkdeal-tally/1";

    private Tally() {
    }

    public static Outcome run(Election election, RuleSettings settings) {
        Profile profile = Profile.of(election, settings.reading());
        int m = profile.projectCount();
        Comparator<Integer> tie = settings.tieBreak().order(profile);
        List<Integer> byScore = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            byScore.add(j);
        }
        byScore.sort(Comparator.<Integer>comparingLong(j -> -profile.score(j)).thenComparing(tie));
        int[] place = new int[m];
        for (int i = 0; i < m; i++) {
            place[byScore.get(i)] = i + 1;
        }

        // Nobody's choice is never selected, by any rule; a threshold keeps plans out before the rule runs.
        boolean[] eligible = new boolean[m];
        SelectionRule.Verdict[] before = new SelectionRule.Verdict[m];
        for (int j = 0; j < m; j++) {
            if (profile.score(j) == 0) {
                before[j] = SelectionRule.Verdict.of(Reason.NO_SUPPORT, BigDecimal.ZERO);
            } else if (settings.threshold().isPresent() && profile.score(j) < settings.threshold().getAsLong()) {
                before[j] = new SelectionRule.Verdict(Reason.BELOW_THRESHOLD, 0, BigDecimal.ZERO,
                        settings.threshold().getAsLong(), "");
            } else {
                eligible[j] = true;
            }
        }
        SelectionRule.Selection selection = settings.rule().implementation().select(profile, settings, eligible, byScore);

        List<String> selected = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int j : selection.order()) {
            selected.add(profile.id(j));
            total = total.add(profile.costAmount(j));
        }
        Map<String, Long> scores = new LinkedHashMap<>();
        List<Explanation> explanations = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            scores.put(profile.id(j), profile.score(j));
            SelectionRule.Verdict v = eligible[j] ? selection.verdicts()[j] : before[j];
            if (v == null) {
                throw new IllegalStateException("rule " + settings.rule() + " left plan " + profile.id(j) + " unexplained");
            }
            explanations.add(new Explanation(profile.id(j), v.reason(), v.round(), place[j], profile.score(j),
                    profile.scoreUnit(), v.amount(), profile.costAmount(j), v.limit(), v.otherProjectId()));
        }
        return new Outcome(settings, selected, total, scores, explanations,
                selection.endowment().map(Rational::toString));
    }
}
