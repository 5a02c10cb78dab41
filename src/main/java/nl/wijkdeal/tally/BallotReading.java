package nl.wijkdeal.tally;

/** How ballots are read before a rule runs. */
public enum BallotReading {
    /** As cast: rankings give points, points count as given. */
    AS_CAST,
    /**
     * Every plan listed on a ballot counts as one approval ({@code --as-approval}). A plan listed with
     * 0 points on a cumulative ballot counts too: it is on the ballot, and that is how the reference
     * implementation reads such files (Zurich S5D10 has 33 such ballots).
     */
    AS_APPROVAL
}
