package nl.wijkdeal.tally;

import java.util.List;
import java.util.Objects;

/**
 * One voter's choices, in the order given (which is the ranking for ordinal ballots).
 *
 * @param voterId    an opaque id (Pabulib {@code voter_id}); never linked to a person here
 * @param projectIds the chosen plans; for an ordinal ballot the first is the favourite
 * @param points     for cumulative and scoring ballots the points per entry of {@code projectIds}
 *                   (same length); empty for every other kind
 */
public record Ballot(String voterId, List<String> projectIds, List<Long> points) {

    public Ballot {
        Objects.requireNonNull(voterId, "voterId");
        projectIds = List.copyOf(projectIds);
        points = List.copyOf(points);
        if (!points.isEmpty() && points.size() != projectIds.size()) {
            throw new IllegalArgumentException("stem " + voterId + ": " + projectIds.size()
                    + " plannen maar " + points.size() + " punten");
        }
        for (Long p : points) {
            if (p < 0) {
                throw new IllegalArgumentException("stem " + voterId + ": negatieve punten " + p);
            }
        }
    }

    /** An approval (or ranking) ballot without points. */
    public static Ballot of(String voterId, String... projectIds) {
        return new Ballot(voterId, List.of(projectIds), List.of());
    }
}
