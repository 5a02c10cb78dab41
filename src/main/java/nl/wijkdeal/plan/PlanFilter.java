package nl.wijkdeal.plan;

/**
 * What a visitor asks of a round's list. Null fields do not filter. {@code threshold} with
 * {@code enoughSupport}: only plans at or over (true) or under (false) the round's likes threshold.
 */
public record PlanFilter(String wijk, String theme, Integer threshold, boolean enoughSupport, String text,
                         Order order, long seed) {

    public enum Order {
        /** The default: a shuffle that stays the same for one visitor, against position bias. */
        RANDOM,
        SUPPORTED,
        NEWEST
    }
}
