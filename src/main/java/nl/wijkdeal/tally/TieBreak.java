package nl.wijkdeal.tally;

import java.util.Comparator;
import java.util.Optional;

/**
 * How two plans that are equal on the rule's own measure (score, or MES payment factor) are ordered.
 * Every variant ends with the project id compared as a string, so the order is total and the same on
 * any machine.
 */
public enum TieBreak implements Keyed {
    /** Project id as a string ("10" before "9"): the research convention and our default. */
    ID("id"),
    /** Lower cost first, then id. */
    COST("cost"),
    /** More votes (voters who chose it) first, then id. */
    VOTES("votes");

    private final String key;

    TieBreak(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** Orders project indexes of a profile: the first wins a tie. */
    Comparator<Integer> order(Profile profile) {
        Comparator<Integer> byId = Comparator.comparing(i -> profile.id(i));
        return switch (this) {
            case ID -> byId;
            case COST -> Comparator.<Integer>comparingLong(i -> profile.cost(i)).thenComparing(byId);
            case VOTES -> Comparator.<Integer>comparingLong(i -> -profile.votes(i)).thenComparing(byId);
        };
    }

    public static Optional<TieBreak> fromKey(String key) {
        return Keyed.byKey(values(), key);
    }
}
