package nl.wijkdeal.round;

/** How a resident fills in the ballot. */
public enum BallotKind {
    /** Choose up to K plans (approval). */
    CHOOSE_UP_TO,
    /** Rank a top K: the first gets K points, the last 1. */
    RANKED,
    /** Give fixed points, e.g. 3, 2 and 1. */
    POINTS,
    /** Choose plans until the wijk budget is used up. */
    KNAPSACK;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
