package nl.wijkdeal.tally;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The N highest scores, whatever they cost: the ranked "top 10" as such. */
final class TopN implements SelectionRule {

    @Override
    public Selection select(Profile profile, RuleSettings settings, boolean[] eligible, List<Integer> byScore) {
        Verdict[] verdicts = new Verdict[profile.projectCount()];
        List<Integer> order = new ArrayList<>();
        for (int j : byScore) {
            if (!eligible[j]) {
                continue;
            }
            if (order.size() < settings.n()) {
                order.add(j);
                verdicts[j] = Verdict.selected(Reason.SELECTED, order.size());
            } else {
                verdicts[j] = new Verdict(Reason.NOT_IN_TOP_N, 0, BigDecimal.ZERO, settings.n(), "");
            }
        }
        return new Selection(order, verdicts, Optional.empty());
    }
}
