package nl.wijkdeal.ballot;

import nl.wijkdeal.kernel.Money;

import java.util.List;

/**
 * What is left to choose, for the "nog 3 keuzes" / "nog € 4.500 over" line beside the ballot.
 *
 * @param choicesLeft for choose up to K and ranked: K minus the plans chosen, never below 0; for
 *                    points: the number of point values left; 0 for knapsack (its limit is money)
 * @param moneyLeft   for knapsack: the budget minus the cost of the chosen plans; negative when the
 *                    ballot is over budget, so the page can say by how much. Zero for other kinds.
 * @param pointsLeft  for points: the offered values not yet given, highest first; empty for other kinds
 */
public record Remaining(int choicesLeft, Money moneyLeft, List<Integer> pointsLeft) {

    public Remaining {
        pointsLeft = List.copyOf(pointsLeft);
    }

    static Remaining choices(int left) {
        return new Remaining(Math.max(0, left), Money.ZERO, List.of());
    }
}
