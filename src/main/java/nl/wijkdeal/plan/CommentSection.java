package nl.wijkdeal.plan;

import nl.wijkdeal.round.Round;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The comments under a plan, oldest first, each with its replies, and the empty form for a new
 * comment. While the round no longer takes comments the conversation stays, read-only.
 *
 * @param formKey the hidden key of the new-comment form (a double click is one comment)
 */
record CommentSection(boolean open, int count, List<Thread> threads, String formKey, int max, int nameMax) {

    /**
     * One comment as shown: {@code author} null is anonymous; a hidden one shows only its reason.
     * {@code reportPath} is null where there is nothing to report (hidden).
     */
    record Line(long id, String author, Instant at, String text, boolean hidden, String hiddenReason, String reportPath) {
        static Line of(Comment c) {
            boolean hidden = c.state() == Comment.State.HIDDEN;
            return new Line(c.id(), c.shownName(), c.publishedAt(), hidden ? null : c.body(), hidden, c.hiddenReason(),
                    hidden ? null : "/plannen/" + c.planId() + "/melden?reactie=" + c.id());
        }
    }

    /** @param replyPath the reply form, or null when replying is not possible */
    record Thread(Line comment, List<Line> replies, String replyPath) {
    }

    /** @param comments the plan's shown comments (live or hidden), oldest first */
    static CommentSection of(Round round, List<Comment> comments) {
        boolean open = CommentRules.OPEN.contains(round.phase());
        Map<Long, List<Line>> replies = new LinkedHashMap<>();
        List<Comment> tops = new ArrayList<>();
        for (Comment c : comments) {
            if (c.isReply()) {
                replies.computeIfAbsent(c.parentId(), id -> new ArrayList<>()).add(Line.of(c));
            } else {
                tops.add(c);
            }
        }
        List<Thread> threads = tops.stream().map(c -> new Thread(Line.of(c), replies.getOrDefault(c.id(), List.of()),
                open && c.state() == Comment.State.PUBLISHED ? "/plannen/" + c.planId() + "/reageren?op=" + c.id() : null))
                .toList();
        return new CommentSection(open, comments.size(), threads, UUID.randomUUID().toString(), CommentRules.TEXT_MAX,
                PlanFormRules.NAME_MAX);
    }
}
