package nl.wijkdeal.tally;

/** Why a plan was or was not selected. {@link Explanation} carries the numbers that go with it. */
public enum Reason {
    /** Selected in round {@code round}. */
    SELECTED,
    /** Costs nothing and has a supporter: selected before the first MES round. */
    SELECTED_FREE,
    /** Selected in round {@code round} while filling up greedily after MES (add1-then-greedy). */
    SELECTED_BY_FILL,
    /** Its turn came with {@code amount} left and it costs {@code needed}. */
    DOES_NOT_FIT,
    /** Greedy without skipping stopped at plan {@code otherProjectId}, which did not fit, before its turn. */
    STOPPED_BEFORE_ITS_TURN,
    /** Its score is below the threshold {@code limit}. */
    BELOW_THRESHOLD,
    /** Not among the {@code limit} highest scores; it is at place {@code place}. */
    NOT_IN_TOP_N,
    /** Nobody chose it. */
    NO_SUPPORT,
    /** MES: its supporters had {@code amount} left together, and it costs {@code needed}. */
    SUPPORTERS_SHORT
}
