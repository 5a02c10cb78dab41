package nl.wijkdeal.ballot;

/**
 * Why a ballot cannot be stored as it is; the page turns it into a Dutch sentence beside the plan.
 *
 * @param planId the plan the problem is about, or 0 when it is about the whole ballot
 */
public record BallotProblem(Kind kind, long planId) {

    /** Declared in the order the problems are listed: whole-ballot problems first. */
    public enum Kind {
        /** No plan chosen. */
        EMPTY,
        /** More plans than K (or, for points, than there are point values). */
        TOO_MANY,
        /** The same plan more than once. */
        REPEATED,
        /** A plan that is not on this wijk's ballot (another wijk's, withdrawn, or made up). */
        NOT_ON_BALLOT,
        /** The chosen plans cost more than the wijk budget. */
        OVER_BUDGET,
        /** A place below 1 or above K. */
        RANK_OUT_OF_RANGE,
        /** Two plans in the same place. */
        RANK_REPEATED,
        /** The places skip one, e.g. 1, 2, 4. */
        RANK_GAP,
        /** Points that are not one of the offered values (0, negative, or not in the list). */
        POINTS_NOT_OFFERED,
        /** The same point value given to two plans. */
        POINTS_REPEATED,
        /** A value where this kind of ballot has none: a tampered form. */
        VALUE_NOT_EXPECTED
    }

    static BallotProblem whole(Kind kind) {
        return new BallotProblem(kind, 0);
    }
}
