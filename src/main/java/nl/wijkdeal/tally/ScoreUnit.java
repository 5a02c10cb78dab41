package nl.wijkdeal.tally;

/** What a score counts: votes (approvals) or points (ranked and points ballots). */
public enum ScoreUnit {
    VOTES,
    POINTS
}
