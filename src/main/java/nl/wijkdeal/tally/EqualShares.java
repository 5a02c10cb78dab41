package nl.wijkdeal.tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Method of Equal Shares with its completions; the arithmetic is in {@link MesRun}. */
final class EqualShares implements SelectionRule {

    @Override
    public Selection select(Profile profile, RuleSettings settings, boolean[] eligible, List<Integer> byScore) {
        MesRun mes = new MesRun(profile, settings.utility(), settings.tieBreak().order(profile), eligible);
        Rational endowment = switch (settings.completion()) {
            case NONE -> Rational.of(profile.budget(), Math.max(1, profile.voters()));
            case ADD1, ADD1_THEN_GREEDY -> Add1Search.search(mes, profile, Add1Search.Stop.EXHAUSTIVE_OR_INFEASIBLE,
                    Add1Search.Stepping.JUMP).endowment();
            case ADD1_UNTIL_INFEASIBLE -> Add1Search.search(mes, profile, Add1Search.Stop.INFEASIBLE,
                    Add1Search.Stepping.JUMP).endowment();
        };
        MesRun.Result result = mes.run(endowment, true);
        Verdict[] verdicts = new Verdict[profile.projectCount()];
        List<Integer> order = new ArrayList<>(result.selected());
        for (int i = 0; i < order.size(); i++) {
            int j = order.get(i);
            verdicts[j] = Verdict.selected(profile.cost(j) == 0 ? Reason.SELECTED_FREE : Reason.SELECTED, i + 1);
        }
        if (settings.completion() == Completion.ADD1_THEN_GREEDY) {
            Greedy.fill(profile, byScore, eligible, profile.budget() - result.totalCost(), Greedy.OnMisfit.SKIP,
                    Reason.SELECTED_BY_FILL, order, verdicts);
        } else {
            for (Map.Entry<Integer, Rational> left : result.left().entrySet()) {
                Rational currency = left.getValue().divide(profile.unit());
                verdicts[left.getKey()] = Verdict.of(Reason.SUPPORTERS_SHORT, currency.floor(2));
            }
        }
        Rational perVoter = endowment.divide(profile.unit());
        return new Selection(order, verdicts, Optional.of(perVoter));
    }
}
