package nl.wijkdeal.plan;

import nl.wijkdeal.area.Area;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gebiedsteam's queue: every reported plan or comment once, with its open reports (oldest
 * first), and what is hidden now. A refused decision comes back with the error beside its form.
 */
record ModerationPage(Area area, String notice, boolean hasErrors, List<Item> items, List<Item> hidden) {

    /**
     * A plan or a comment. {@code key} is unique on the page ("plan-12", "reactie-34") for the ids of
     * its form; {@code path} is where its decisions are posted ("/beheer/plannen/12").
     */
    record Item(String key, boolean comment, long planId, String planTitle, String text, boolean hidden, String hiddenReason,
                List<ReportLine> reports, String path, String reason, String error, int max) {
    }

    record ReportLine(String complaint, String note, Instant at) {
    }

    /**
     * @param failedKey the item whose form was refused, or null; {@code errors} and {@code typed} belong to it
     */
    static ModerationPage of(Area area, List<ModerationStore.OpenReport> reports, List<ModerationStore.HiddenContent> hidden,
                             String notice, String failedKey, Map<String, String> errors, String typed) {
        Map<String, List<ModerationStore.OpenReport>> byContent = new LinkedHashMap<>();
        reports.forEach(r -> byContent.computeIfAbsent(key(r.planId(), r.commentId()), k -> new ArrayList<>()).add(r));
        List<Item> items = byContent.entrySet().stream().map(entry -> {
            ModerationStore.OpenReport first = entry.getValue().get(0);
            boolean failed = entry.getKey().equals(failedKey);
            return new Item(entry.getKey(), first.commentId() != 0, first.planId(), first.planTitle(),
                    first.commentId() != 0 ? first.commentText() : first.planSummary(), first.contentHidden(), null,
                    entry.getValue().stream().map(r -> new ReportLine(r.complaint().key(), r.note(), r.at())).toList(),
                    path(first.planId(), first.commentId()), failed ? typed : "", failed ? errors.get("reden") : null,
                    ModerationRules.HIDE_REASON_MAX);
        }).toList();
        List<Item> hiddenItems = hidden.stream().map(h -> new Item(key(h.planId(), h.commentId()), h.commentId() != 0,
                h.planId(), h.planTitle(), h.text(), true, h.reason(), List.of(), path(h.planId(), h.commentId()), "", null,
                ModerationRules.HIDE_REASON_MAX))
                .toList();
        return new ModerationPage(area, notice, !errors.isEmpty(), items, hiddenItems);
    }

    static String key(long planId, long commentId) {
        return commentId == 0 ? "plan-" + planId : "reactie-" + commentId;
    }

    private static String path(long planId, long commentId) {
        return commentId == 0 ? "/beheer/plannen/" + planId : "/beheer/reacties/" + commentId;
    }
}
