package nl.wijkdeal.plan;

import java.time.Instant;

/**
 * A resident's plan in a round. {@code shownName} null means anonymous; the author's e-mail
 * address is not part of it (it is never shown). {@code hiddenReason} is set, and public, while the
 * gebiedsteam has hidden the plan (moderation, apart from the state: a plan is hidden and shown
 * again without its state changing).
 */
public record Plan(long id, long roundId, PlanText text, String shownName, long authorId, State state,
                   int version, int supports, Instant submittedAt, Instant publishedAt, String hiddenReason) {

    public enum State {
        /** Waiting for the author to confirm the e-mail address; not public. */
        SUBMITTED,
        /** Live: on the round's list, open for support. */
        PUBLISHED,
        /** Part of another plan now (see the MERGED event); its page stays and points there. */
        MERGED
    }

    /** Live on lists, open for support and review; not while hidden by the gebiedsteam. */
    public boolean isPublic() {
        return state == State.PUBLISHED && hiddenReason == null;
    }

    /** Hidden by the gebiedsteam: off the lists and the API; its page gives the public reason. */
    public boolean isHidden() {
        return hiddenReason != null;
    }

    /** Has a public page: live, or merged into another plan (the page then says where it went). */
    public boolean hasPage() {
        return state != State.SUBMITTED;
    }
}
