package nl.wijkdeal.ballot;

import nl.wijkdeal.kernel.Money;
import nl.wijkdeal.round.BallotKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ballot offered to one wijk: kind, K, the point values, the wijk budget, and the plans on it
 * with their cost (in the order shown).
 *
 * @param maxChoices K; not used for {@link BallotKind#KNAPSACK}, where the budget is the limit
 * @param points     for {@link BallotKind#POINTS}: the values to give, highest first (3, 2, 1)
 */
public record BallotPaper(BallotKind kind, int maxChoices, List<Integer> points, Money budget,
                          Map<Long, Money> plans) {

    public BallotPaper {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(budget, "budget");
        points = List.copyOf(points);
        plans = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(plans));
    }
}
