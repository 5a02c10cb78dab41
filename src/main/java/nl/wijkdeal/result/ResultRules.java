package nl.wijkdeal.result;

import nl.wijkdeal.round.RoundSettings;
import nl.wijkdeal.tally.Completion;
import nl.wijkdeal.tally.RuleSettings;
import nl.wijkdeal.tally.TieBreak;
import nl.wijkdeal.tally.Utility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Pure rules of results: which tally settings a round counts with, and whether an adoption may be stored. */
public final class ResultRules {

    /** Why an adoption is refused; the page puts a sentence beside the field. */
    public enum AdoptionProblem {
        /** A deviation names a plan that the count did not select. */
        NOT_SELECTED,
        /** A deviation without a written reason. */
        REASON_MISSING,
        /** A reason or note longer than the field allows. */
        TOO_LONG
    }

    public record Problem(AdoptionProblem kind, String planId) {
    }

    public static final int MAX_REASON = 1000;
    public static final int MAX_NOTE = 2000;

    private ResultRules() {
    }

    /**
     * The round's rule as the tally runs it. Ties go to the plan more residents chose (then the plan
     * number), which residents find fairer than a number alone; equal shares completes with add1 and
     * then greedily, so money that equal shares leaves over still goes to the next plans.
     */
    public static RuleSettings tallySettings(RoundSettings settings) {
        RuleSettings rule = switch (settings.rule()) {
            case TOP_N -> RuleSettings.topN(settings.topN());
            case GREEDY -> RuleSettings.greedy().withN(settings.topN());
            case EQUAL_SHARES -> RuleSettings.mes(Utility.COST, Completion.ADD1_THEN_GREEDY).withN(settings.topN());
        };
        return rule.withTieBreak(TieBreak.VOTES);
    }

    /**
     * Problems of an adoption: every deviation must name a plan the count selected and say why it
     * will not be carried out.
     *
     * @param deviations plan id -> reason as typed (blank = missing)
     */
    public static List<Problem> checkAdoption(Set<String> computedSelected, Map<String, String> deviations, String note) {
        List<Problem> problems = new ArrayList<>();
        deviations.forEach((planId, reason) -> {
            if (!computedSelected.contains(planId)) {
                problems.add(new Problem(AdoptionProblem.NOT_SELECTED, planId));
            } else if (reason == null || reason.isBlank()) {
                problems.add(new Problem(AdoptionProblem.REASON_MISSING, planId));
            } else if (reason.strip().length() > MAX_REASON) {
                problems.add(new Problem(AdoptionProblem.TOO_LONG, planId));
            }
        });
        if (note != null && note.strip().length() > MAX_NOTE) {
            problems.add(new Problem(AdoptionProblem.TOO_LONG, ""));
        }
        return problems;
    }
}
