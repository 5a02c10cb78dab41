package nl.wijkdeal.plan;

import nl.wijkdeal.round.Phase;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When a resident may comment or reply, and what a comment's text may be. Pure: the phase, the plan
 * and the comment replied to come in as data; the answer is a reason the page turns into a sentence.
 */
public final class CommentRules {

    public static final int TEXT_MAX = 2000;

    /** Comments belong to improving plans together; after that the conversation stays, read-only. */
    public static final Set<Phase> OPEN = EnumSet.of(Phase.IDEAS, Phase.CO_CREATION);

    public enum Reason {
        OK, PHASE_CLOSED, PLAN_NOT_LIVE, PARENT_UNKNOWN, PARENT_IS_REPLY, PARENT_HIDDEN;

        /** The sentence for the resident, e.g. {@code comment.error.phase-closed}. */
        public String messageKey() {
            return "comment.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private CommentRules() {
    }

    /**
     * @param planLive whether the plan is live (confirmed, not merged, not hidden)
     * @param replying whether the form names a comment to reply to
     * @param parent   that comment, when it exists on this plan (and is not waiting for confirmation)
     */
    static Reason check(Phase phase, boolean planLive, boolean replying, Optional<Comment> parent) {
        if (!planLive) {
            return Reason.PLAN_NOT_LIVE;
        }
        if (!OPEN.contains(phase)) {
            return Reason.PHASE_CLOSED;
        }
        if (!replying) {
            return Reason.OK;
        }
        if (parent.isEmpty() || parent.get().state() == Comment.State.SUBMITTED) {
            return Reason.PARENT_UNKNOWN;
        }
        if (parent.get().isReply()) {
            // One level of replies keeps a conversation readable on a phone and with a screen reader.
            return Reason.PARENT_IS_REPLY;
        }
        return parent.get().state() == Comment.State.HIDDEN ? Reason.PARENT_HIDDEN : Reason.OK;
    }

    /** The text as typed (line breaks kept, control characters gone), or an error under {@code field}. */
    static String text(String typed, String field, Map<String, String> errors) {
        String text = PlanFormRules.clean(typed);
        if (text.isEmpty()) {
            errors.put(field, "comment.error.text.empty");
        } else if (text.length() > TEXT_MAX) {
            errors.put(field, "plan.error.tooLong");
        }
        return text;
    }
}
