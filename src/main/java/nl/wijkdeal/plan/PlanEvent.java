package nl.wijkdeal.plan;

import java.time.Instant;

/** One step in "what happened with my idea", in order; {@code note} is a public reason or null. */
public record PlanEvent(Kind kind, String note, Instant at) {

    /** Every status a plan can reach; the page shows them in this order of meaning. */
    public enum Kind {
        SUBMITTED, CONFIRMED, ENOUGH_SUPPORT, TOO_LITTLE_SUPPORT, MERGED, FEASIBLE, NOT_FEASIBLE,
        ON_BALLOT, CHOSEN, NOT_CHOSEN, IN_PROGRESS, DONE,
        /** Hidden by the gebiedsteam (the note is the public reason), and shown again. */
        HIDDEN, SHOWN;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
