package nl.wijkdeal.ballot;

import nl.wijkdeal.kernel.Money;
import nl.wijkdeal.tally.Ballot;

import java.util.ArrayList;
import java.util.List;

/**
 * Choose any number of plans whose costs add up to at most the wijk budget, as Amsterdam and West
 * Begroot do: the resident plays the gemeente and feels the trade-offs. K is not used; the budget
 * is the limit, and exactly the budget is allowed. Choices carry no value. A plan not on the ballot
 * has no known cost and adds nothing (it is refused as NOT_ON_BALLOT anyway).
 */
final class Knapsack implements BallotStyle {

    @Override
    public List<BallotProblem> check(BallotPaper paper, List<Choice> distinct) {
        List<BallotProblem> problems = new ArrayList<>(BallotStyle.noValues(distinct));
        if (spent(paper, distinct).compareTo(paper.budget()) > 0) {
            problems.add(BallotProblem.whole(BallotProblem.Kind.OVER_BUDGET));
        }
        return problems;
    }

    @Override
    public Remaining remaining(BallotPaper paper, List<Choice> distinct) {
        Money left = new Money(Math.subtractExact(paper.budget().cents(), spent(paper, distinct).cents()));
        return new Remaining(0, left, List.of());
    }

    @Override
    public Ballot toTally(String voterId, int maxChoices, List<Choice> choices) {
        return BallotStyle.approval(voterId, choices);
    }

    private static Money spent(BallotPaper paper, List<Choice> distinct) {
        Money spent = Money.ZERO;
        for (Choice choice : distinct) {
            spent = spent.plus(paper.plans().getOrDefault(choice.planId(), Money.ZERO));
        }
        return spent;
    }
}
