package nl.wijkdeal.result;

import jakarta.inject.Singleton;
import nl.wijkdeal.database.Sql;
import nl.wijkdeal.kernel.Money;
import nl.wijkdeal.register.VoterPass;
import nl.wijkdeal.tally.Election;
import nl.wijkdeal.tally.Explanation;
import nl.wijkdeal.tally.pabulib.PabulibException;
import nl.wijkdeal.tally.pabulib.PabulibReader;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of results: one row per wijk, one per plan on its ballot. */
@Singleton
class ResultStore {

    enum Status {
        COUNTED, ADOPTED, PUBLISHED
    }

    /** A wijk's result as stored. */
    record Row(long roundId, String wijk, Instant countedAt, String engineVersion, String ruleJson, String ballotKind,
               Money budget, int ballots, Integer eligible, int online, int counter, int paper,
               List<Long> computedSelected, byte[] ballotsRoot, byte[] receiptsRoot, Status status,
               List<Long> adoptedSelected, String decisionNote, String adoptedBy, Instant adoptedAt,
               Instant publishAt, Instant publishedAt) {

        boolean published() {
            return status == Status.PUBLISHED;
        }
    }

    /** A plan in a wijk's result. */
    record PlanRow(long planId, String title, Money cost, long score, int voters, int place, String reason,
                   int selectionRound, BigDecimal amount, long limit, String otherPlanId, boolean computedSelected,
                   Boolean adoptedSelected, String deviationReason) {
    }

    private static final String COLUMNS = """
            round_id, wijk_code, counted_at, engine_version, rule::text AS rule, ballot_kind, budget_cents, ballots,
            eligible, online, counter, paper, computed_selected, ballots_root, receipts_root, status,
            adopted_selected, decision_note, adopted_by, adopted_at, publish_at, published_at""";

    private final Sql sql;

    ResultStore(Sql sql) {
        this.sql = sql;
    }

    boolean exists(long roundId, String wijk) {
        return sql.one("SELECT 1 FROM result WHERE round_id = ? AND wijk_code = ?", rs -> true, roundId, wijk).isPresent();
    }

    /** @return false when this wijk was counted already (another instance, or a second close) */
    boolean insert(long roundId, String wijk, Instant countedAt, String engineVersion, String ruleJson, String ballotKind,
                   Money budget, Integer eligible, Map<VoterPass.Channel, Integer> perChannel, List<Long> selected,
                   String ballotsFile, String receiptsFile, byte[] ballotsRoot, byte[] receiptsRoot) {
        int online = perChannel.getOrDefault(VoterPass.Channel.ONLINE, 0);
        int counter = perChannel.getOrDefault(VoterPass.Channel.COUNTER, 0);
        int paper = perChannel.getOrDefault(VoterPass.Channel.PAPER, 0);
        return sql.update("""
                INSERT INTO result (round_id, wijk_code, counted_at, engine_version, rule, ballot_kind, budget_cents,
                    ballots, eligible, online, counter, paper, computed_selected, ballots_file, receipts_file,
                    ballots_root, receipts_root)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (round_id, wijk_code) DO NOTHING""",
                roundId, wijk, countedAt, engineVersion, ruleJson, ballotKind, budget.cents(), online + counter + paper,
                eligible, online, counter, paper, selected.toArray(Long[]::new), ballotsFile, receiptsFile,
                ballotsRoot, receiptsRoot) == 1;
    }

    void insertPlan(long roundId, String wijk, WijkCount.Plan plan, Explanation why, int voters) {
        sql.update("""
                INSERT INTO result_plan (round_id, wijk_code, plan_id, title, cost_cents, score, voters, place, reason,
                    selection_round, amount, limit_value, other_plan_id, computed_selected)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                roundId, wijk, plan.id(), plan.title(), plan.cost().cents(), why.score(), voters, why.place(),
                why.reason().name(), why.round(), why.amount(), why.limit(), why.otherProjectId(), why.selected());
    }

    Optional<Row> find(long roundId, String wijk) {
        return sql.one("SELECT " + COLUMNS + " FROM result WHERE round_id = ? AND wijk_code = ?", ResultStore::row, roundId, wijk);
    }

    /** Holds the row for an adoption or publication: two staff members cannot both change it. */
    Optional<Row> lock(long roundId, String wijk) {
        return sql.one("SELECT " + COLUMNS + " FROM result WHERE round_id = ? AND wijk_code = ? FOR UPDATE",
                ResultStore::row, roundId, wijk);
    }

    List<Row> ofRound(long roundId) {
        return sql.list("SELECT " + COLUMNS + " FROM result WHERE round_id = ? ORDER BY wijk_code", ResultStore::row, roundId);
    }

    List<PlanRow> plans(long roundId, String wijk) {
        return sql.list("""
                SELECT plan_id, title, cost_cents, score, voters, place, reason, selection_round, amount, limit_value,
                       other_plan_id, computed_selected, adopted_selected, deviation_reason
                FROM result_plan WHERE round_id = ? AND wijk_code = ? ORDER BY place""",
                rs -> new PlanRow(rs.getLong(1), rs.getString(2), new Money(rs.getLong(3)), rs.getLong(4), rs.getInt(5),
                        rs.getInt(6), rs.getString(7), rs.getInt(8), rs.getBigDecimal(9), rs.getLong(10), rs.getString(11),
                        rs.getBoolean(12), (Boolean) rs.getObject(13), rs.getString(14)), roundId, wijk);
    }

    /** The anonymised ballots kept with the count, read back as the election they were counted as. */
    Election ballots(long roundId, String wijk) {
        String file = sql.one("SELECT ballots_file FROM result WHERE round_id = ? AND wijk_code = ?", rs -> rs.getString(1),
                roundId, wijk).orElseThrow();
        try {
            return PabulibReader.parse(file);
        } catch (PabulibException e) {
            // The count wrote this file itself; not reading it back is a bug, never a user's mistake.
            throw new IllegalStateException("stored ballots of round " + roundId + " " + wijk + " unreadable", e);
        }
    }

    String receiptsFile(long roundId, String wijk) {
        return sql.one("SELECT receipts_file FROM result WHERE round_id = ? AND wijk_code = ?", rs -> rs.getString(1),
                roundId, wijk).orElseThrow();
    }

    void adopt(long roundId, String wijk, List<Long> adoptedSelected, String note, String by, Instant at) {
        sql.update("""
                UPDATE result SET status = 'ADOPTED', adopted_selected = ?, decision_note = ?, adopted_by = ?, adopted_at = ?
                WHERE round_id = ? AND wijk_code = ? AND status = 'COUNTED'""",
                adoptedSelected.toArray(Long[]::new), note, by, at, roundId, wijk);
        sql.update("UPDATE result_plan SET adopted_selected = plan_id = ANY (?) WHERE round_id = ? AND wijk_code = ?",
                adoptedSelected.toArray(Long[]::new), roundId, wijk);
    }

    void deviate(long roundId, String wijk, long planId, String reason) {
        sql.update("UPDATE result_plan SET deviation_reason = ? WHERE round_id = ? AND wijk_code = ? AND plan_id = ?",
                reason, roundId, wijk, planId);
    }

    void schedulePublication(long roundId, String wijk, Instant at) {
        sql.update("UPDATE result SET publish_at = ? WHERE round_id = ? AND wijk_code = ? AND status = 'ADOPTED'",
                at, roundId, wijk);
    }

    /** @return false when it was published already (by the schedule on another instance, say) */
    boolean publish(long roundId, String wijk, Instant at) {
        return sql.update("""
                UPDATE result SET status = 'PUBLISHED', published_at = ?, publish_at = coalesce(publish_at, ?)
                WHERE round_id = ? AND wijk_code = ? AND status = 'ADOPTED'""", at, at, roundId, wijk) == 1;
    }

    /** Adopted results whose publication time has come. */
    List<Row> dueForPublication(Instant now) {
        return sql.list("SELECT " + COLUMNS + " FROM result WHERE status = 'ADOPTED' AND publish_at <= ? ORDER BY round_id, wijk_code",
                ResultStore::row, now);
    }

    /** Demo data only: forgets a round's count, so it can be counted again once its ballots are in. */
    void deleteRound(long roundId) {
        sql.update("DELETE FROM result_plan WHERE round_id = ?", roundId);
        sql.update("DELETE FROM result WHERE round_id = ?", roundId);
    }

    /** Rounds that are past voting but have a wijk without a result (closed before results existed, or a crash). */
    List<Long> roundsToCount() {
        return sql.list("""
                SELECT r.id FROM round r
                WHERE r.phase IN ('COUNTING', 'PUBLISHED', 'IMPLEMENTATION')
                  AND EXISTS (SELECT 1 FROM round_neighbourhood n WHERE n.round_id = r.id
                              AND NOT EXISTS (SELECT 1 FROM result x WHERE x.round_id = r.id AND x.wijk_code = n.neighbourhood_code))
                ORDER BY r.id""", rs -> rs.getLong(1));
    }

    /** The published result a plan is in, for its page: whether it was chosen. */
    Optional<nl.wijkdeal.plan.PlanOutcomes.Outcome> publishedChoice(long planId) {
        return sql.one("""
                SELECT p.adopted_selected, p.round_id, p.wijk_code FROM result_plan p JOIN result r USING (round_id, wijk_code)
                WHERE p.plan_id = ? AND r.status = 'PUBLISHED'""",
                rs -> new nl.wijkdeal.plan.PlanOutcomes.Outcome(rs.getBoolean(1), rs.getLong(2), rs.getString(3)), planId);
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("round_id"), rs.getString("wijk_code"), Sql.instant(rs, "counted_at"),
                rs.getString("engine_version"), rs.getString("rule"), rs.getString("ballot_kind"),
                new Money(rs.getLong("budget_cents")), rs.getInt("ballots"), (Integer) rs.getObject("eligible"),
                rs.getInt("online"), rs.getInt("counter"), rs.getInt("paper"), longs(rs, "computed_selected"),
                rs.getBytes("ballots_root"), rs.getBytes("receipts_root"), Status.valueOf(rs.getString("status")),
                rs.getArray("adopted_selected") == null ? null : longs(rs, "adopted_selected"),
                rs.getString("decision_note"), rs.getString("adopted_by"), Sql.instant(rs, "adopted_at"),
                Sql.instant(rs, "publish_at"), Sql.instant(rs, "published_at"));
    }

    private static List<Long> longs(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((Long[]) rs.getArray(column).getArray());
    }
}
