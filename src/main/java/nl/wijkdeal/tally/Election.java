package nl.wijkdeal.tally;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a count needs: the budget, the plans and the ballots. Immutable; this is what the
 * Pabulib reader produces and what the service builds from its own tables.
 *
 * @param meta     free key/value data (Pabulib META), kept in order for a faithful write-back
 * @param budget   the total budget in currency units
 * @param kind     how the ballots were filled in
 * @param projects the plans, in file order
 * @param ballots  one per voter; empty ballots count as voters (they lower budget / n in MES)
 */
public record Election(Map<String, String> meta, BigDecimal budget, BallotKind kind,
                       List<Project> projects, List<Ballot> ballots) {

    public Election {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(kind, "kind");
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        projects = List.copyOf(projects);
        ballots = List.copyOf(ballots);
        if (budget.signum() < 0) {
            throw new IllegalArgumentException("het budget is negatief: " + budget.toPlainString());
        }
        Set<String> ids = new HashSet<>();
        for (Project p : projects) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("plan " + p.id() + " staat twee keer in de lijst");
            }
        }
        for (Ballot b : ballots) {
            for (String id : b.projectIds()) {
                if (!ids.contains(id)) {
                    throw new IllegalArgumentException("stem " + b.voterId() + " noemt onbekend plan " + id);
                }
            }
            if (kind.hasPoints() != !b.points().isEmpty() && !b.projectIds().isEmpty()) {
                throw new IllegalArgumentException("stem " + b.voterId() + (kind.hasPoints()
                        ? " heeft geen punten" : " heeft punten, maar dit is geen puntenstemming"));
            }
        }
    }

    /** An election without META data, as the service builds it. */
    public static Election of(BigDecimal budget, BallotKind kind, List<Project> projects, List<Ballot> ballots) {
        return new Election(Map.of(), budget, kind, projects, ballots);
    }
}
