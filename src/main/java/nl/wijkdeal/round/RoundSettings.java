package nl.wijkdeal.round;

import nl.wijkdeal.kernel.Money;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings that decide the outcome. They freeze when voting opens; a later change is an
 * amendment with a reason.
 *
 * @param budgets     per wijk (CBS code), in the order shown; their sum is the total
 * @param maxChoices  K: how many plans a ballot may hold (for points: the number of point values)
 * @param points      for {@link BallotKind#POINTS}: the points to give, highest first (3, 2, 1)
 * @param schedule    the start date of every phase after preparation
 */
public record RoundSettings(Map<String, Money> budgets, Money total, BallotKind kind, int maxChoices,
                            List<Integer> points, int topN, SelectionRule rule, int minimumAge,
                            Set<VerificationRoute> routes, Map<Phase, LocalDate> schedule) {

    public RoundSettings {
        budgets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(budgets));
        points = List.copyOf(points);
        routes = routes.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(routes));
        schedule = java.util.Collections.unmodifiableMap(new EnumMap<>(schedule));
    }

    public LocalDate startOf(Phase phase) {
        return schedule.get(phase);
    }

    /** The last day of a phase: the day before the next one starts (none for the last phase). */
    public LocalDate lastDayOf(Phase phase) {
        int next = Phase.SCHEDULED.indexOf(phase) + 1;
        return next < Phase.SCHEDULED.size() ? schedule.get(Phase.SCHEDULED.get(next)).minusDays(1) : null;
    }
}
