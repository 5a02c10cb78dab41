package nl.wijkdeal.plan;

import jakarta.inject.Singleton;
import nl.wijkdeal.database.Sql;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reports of abuse and the hidden state of plans and comments. */
@Singleton
class ModerationStore {

    /** An open report with what it is about, for the queue. {@code commentId} 0: the plan itself. */
    record OpenReport(long id, long planId, long commentId, String planTitle, String planSummary, String commentText,
                      boolean contentHidden, ModerationRules.Complaint complaint, String note, Instant at) {
    }

    /** A hidden plan or comment of a gebied. {@code commentId} 0: the plan itself. */
    record HiddenContent(long planId, long commentId, String planTitle, String text, String reason) {
    }

    private final Sql sql;

    ModerationStore(Sql sql) {
        this.sql = sql;
    }

    /** @param commentId null for a report about the plan itself */
    void addReport(long planId, Long commentId, ModerationRules.Report report, Instant now) {
        sql.update("INSERT INTO abuse_report (plan_id, comment_id, reason, note, created_at) VALUES (?, ?, ?, ?, ?)",
                planId, commentId, report.complaint().name(), report.note(), now);
    }

    /** The gebied of the plan's round: whose gebiedsteam moderates it. */
    Optional<String> areaOfPlan(long planId) {
        return sql.one("SELECT r.area_code FROM plan p JOIN round r ON r.id = p.round_id WHERE p.id = ?",
                rs -> rs.getString(1), planId);
    }

    /** A live plan gets a public reason and is hidden. @return whether this call hid it */
    boolean hidePlan(long planId, String reason) {
        return sql.update("UPDATE plan SET hidden_reason = ? WHERE id = ? AND state = 'PUBLISHED' AND hidden_reason IS NULL",
                reason, planId) == 1;
    }

    boolean showPlan(long planId) {
        return sql.update("UPDATE plan SET hidden_reason = NULL WHERE id = ? AND hidden_reason IS NOT NULL", planId) == 1;
    }

    boolean hideComment(long commentId, String reason) {
        return sql.update("UPDATE plan_comment SET state = 'HIDDEN', hidden_reason = ? WHERE id = ? AND state = 'PUBLISHED'",
                reason, commentId) == 1;
    }

    boolean showComment(long commentId) {
        return sql.update("UPDATE plan_comment SET state = 'PUBLISHED', hidden_reason = NULL WHERE id = ? AND state = 'HIDDEN'",
                commentId) == 1;
    }

    /**
     * Closes the open reports about a plan itself (commentId null) or about one comment.
     *
     * @param handled true: the content was hidden; false: the reports were dismissed
     * @return how many reports were closed
     */
    int closeReports(long planId, Long commentId, boolean handled, long staffId, Instant now) {
        String state = handled ? "HANDLED" : "DISMISSED";
        if (commentId == null) {
            return sql.update("""
                    UPDATE abuse_report SET state = ?, handled_by = ?, handled_at = ?
                    WHERE plan_id = ? AND comment_id IS NULL AND state = 'OPEN'""", state, staffId, now, planId);
        }
        return sql.update("""
                UPDATE abuse_report SET state = ?, handled_by = ?, handled_at = ?
                WHERE plan_id = ? AND comment_id = ? AND state = 'OPEN'""", state, staffId, now, planId, commentId);
    }

    /** The open reports of a gebied, oldest first. */
    List<OpenReport> openReports(String areaCode) {
        return sql.list("""
                SELECT a.id, a.plan_id, a.comment_id, p.title, p.summary, c.body,
                       CASE WHEN a.comment_id IS NULL THEN p.hidden_reason IS NOT NULL ELSE c.state = 'HIDDEN' END AS hidden,
                       a.reason, a.note, a.created_at
                FROM abuse_report a
                JOIN plan p ON p.id = a.plan_id
                JOIN round r ON r.id = p.round_id
                LEFT JOIN plan_comment c ON c.id = a.comment_id
                WHERE a.state = 'OPEN' AND r.area_code = ?
                ORDER BY a.created_at, a.id""",
                rs -> new OpenReport(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getBoolean(7), ModerationRules.Complaint.valueOf(rs.getString(8)),
                        rs.getString(9), Sql.instant(rs, "created_at")), areaCode);
    }

    /** What the gebiedsteam of a gebied has hidden, plans first. */
    List<HiddenContent> hidden(String areaCode) {
        return sql.list("""
                SELECT p.id, 0 AS comment_id, p.title, p.summary AS text, p.hidden_reason, 0 AS sort
                FROM plan p JOIN round r ON r.id = p.round_id
                WHERE p.hidden_reason IS NOT NULL AND r.area_code = ?
                UNION ALL
                SELECT p.id, c.id, p.title, c.body, c.hidden_reason, 1
                FROM plan_comment c JOIN plan p ON p.id = c.plan_id JOIN round r ON r.id = p.round_id
                WHERE c.state = 'HIDDEN' AND r.area_code = ?
                ORDER BY sort, 1, 2""",
                rs -> new HiddenContent(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                areaCode, areaCode);
    }
}
