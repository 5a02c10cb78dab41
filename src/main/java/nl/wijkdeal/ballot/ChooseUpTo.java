package nl.wijkdeal.ballot;

import nl.wijkdeal.tally.Ballot;

import java.util.ArrayList;
import java.util.List;

/**
 * Choose up to K plans, all equal (approval voting). Wijkdeal De Wijert let residents pick a top 10
 * this way; K defaults to 10 (DESIGN.md §5). Fewer than K is fine: a resident may support only the
 * one plan they care about. Choices carry no value.
 */
final class ChooseUpTo implements BallotStyle {

    @Override
    public List<BallotProblem> check(BallotPaper paper, List<Choice> distinct) {
        List<BallotProblem> problems = new ArrayList<>(BallotStyle.atMost(paper.maxChoices(), distinct));
        problems.addAll(BallotStyle.noValues(distinct));
        return problems;
    }

    @Override
    public Remaining remaining(BallotPaper paper, List<Choice> distinct) {
        return Remaining.choices(paper.maxChoices() - distinct.size());
    }

    @Override
    public Ballot toTally(String voterId, int maxChoices, List<Choice> choices) {
        return BallotStyle.approval(voterId, choices);
    }
}
