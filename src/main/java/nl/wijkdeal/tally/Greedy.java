package nl.wijkdeal.tally;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Highest score first, fund while the budget allows. What happens at a plan that no longer fits is the
 * only difference between the Dutch/CONSUL rule (skip it and go on) and Wroclaw's (stop there).
 */
final class Greedy implements SelectionRule {

    enum OnMisfit { SKIP, STOP }

    private final OnMisfit onMisfit;

    Greedy(OnMisfit onMisfit) {
        this.onMisfit = onMisfit;
    }

    @Override
    public Selection select(Profile profile, RuleSettings settings, boolean[] eligible, List<Integer> byScore) {
        Verdict[] verdicts = new Verdict[profile.projectCount()];
        List<Integer> order = new ArrayList<>();
        fill(profile, byScore, eligible, profile.budget(), onMisfit, Reason.SELECTED, order, verdicts);
        return new Selection(order, verdicts, Optional.empty());
    }

    /**
     * Goes down {@code byScore} and adds every eligible plan that is not chosen yet and fits in
     * {@code left}; also used to fill up after the Method of Equal Shares.
     */
    static void fill(Profile profile, List<Integer> byScore, boolean[] eligible, long left, OnMisfit onMisfit,
                     Reason reason, List<Integer> order, Verdict[] verdicts) {
        String stoppedAt = null;
        for (int j : byScore) {
            if (!eligible[j] || order.contains(j)) {
                continue;
            }
            if (stoppedAt != null) {
                verdicts[j] = new Verdict(Reason.STOPPED_BEFORE_ITS_TURN, 0, BigDecimal.ZERO, 0, stoppedAt);
            } else if (profile.cost(j) <= left) {
                left -= profile.cost(j);
                order.add(j);
                verdicts[j] = Verdict.selected(reason, order.size());
            } else {
                verdicts[j] = Verdict.of(Reason.DOES_NOT_FIT, profile.amount(left));
                if (onMisfit == OnMisfit.STOP) {
                    stoppedAt = profile.id(j);
                }
            }
        }
    }
}
