package nl.wijkdeal.plan;

import java.time.Instant;

/**
 * A resident's comment on a plan, or a reply to one (one level deep: {@code parentId} names a
 * comment that is not a reply). {@code shownName} null means anonymous; the writer's e-mail
 * address is not part of it. {@code hiddenReason} is set, and public, when the gebiedsteam hid it.
 */
record Comment(long id, long planId, Long parentId, String shownName, String body, State state, Instant publishedAt,
               String hiddenReason) {

    enum State {
        /** Waiting for the writer to confirm the e-mail address; not shown. */
        SUBMITTED,
        PUBLISHED,
        /** Hidden by the gebiedsteam: its place shows the public reason instead of the text. */
        HIDDEN
    }

    boolean isReply() {
        return parentId != null;
    }
}
