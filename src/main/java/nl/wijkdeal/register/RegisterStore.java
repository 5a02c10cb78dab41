package nl.wijkdeal.register;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.database.Sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The SQL of the register, its codes, imports and voter passes. */
@Singleton
class RegisterStore {

    /** A register entry as the checks need it; never more than the wijk and the status. */
    record Entry(long id, long roundId, String wijk, Status status) {
    }

    enum Status {
        ELIGIBLE, REMOVED, VOTED
    }

    /** A stemcode's row with its entry. */
    record Code(long roundId, Entry entry, boolean revoked) {
    }

    /** Per wijk: residents who can still vote, who voted, who were removed, and the live codes. */
    record WijkCount(String wijk, int eligible, int voted, int removed, int codes) {
    }

    enum ImportState {
        RUNNING, DONE, FAILED
    }

    record ImportRow(long id, long roundId, ImportState state, int rowsTotal, int rowsRead, Instant startedAt,
                     Instant aliveAt, Instant finishedAt, ImportReport report) {
    }

    /** Entries merged by one import. */
    record Merge(int added, int removed) {
    }

    private final Sql sql;
    private final JsonMapper json;

    RegisterStore(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    // --- imports ---

    /** Its own transaction, so the row is visible to the progress page at once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long startImport(long roundId, long staffId, int rowsTotal, Instant now) {
        return sql.one("INSERT INTO register_import (round_id, started_by, started_at, alive_at, rows_total)"
                + " VALUES (?, ?, ?, ?, ?) RETURNING id", rs -> rs.getLong(1), roundId, staffId, now, now, rowsTotal)
                .orElseThrow();
    }

    /** Outside the import's transaction, which holds its rows until the end. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void progress(long importId, int rowsRead, Instant now) {
        sql.update("UPDATE register_import SET rows_read = ?, alive_at = ? WHERE id = ?", rowsRead, now, importId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void finish(long importId, ImportState state, int rowsRead, ImportReport report, Instant now) {
        sql.update("UPDATE register_import SET status = ?, rows_read = ?, report = ?::jsonb, finished_at = ?,"
                + " alive_at = ? WHERE id = ?", state.name(), rowsRead, write(report), now, now, importId);
    }

    Optional<ImportRow> importOf(long roundId, long importId) {
        return sql.one("SELECT * FROM register_import WHERE round_id = ? AND id = ?", this::importRow, roundId, importId);
    }

    Optional<ImportRow> latestImport(long roundId, ImportState state) {
        return sql.one("SELECT * FROM register_import WHERE round_id = ? AND status = ? ORDER BY id DESC LIMIT 1",
                this::importRow, roundId, state.name());
    }

    Optional<ImportRow> latestImport(long roundId) {
        return sql.one("SELECT * FROM register_import WHERE round_id = ? ORDER BY id DESC LIMIT 1", this::importRow, roundId);
    }

    /** One import per round at a time: a second waits for the first and then applies its own file. */
    void lockRound(long roundId) {
        sql.one("SELECT pg_advisory_xact_lock(hashtext('register'), ?::int)", rs -> 1, (int) roundId);
    }

    /** Starts loading the rows of an import into a temporary table, on the caller's transaction. */
    Loader load() {
        sql.update("CREATE TEMPORARY TABLE register_in (identity_hash bytea PRIMARY KEY, wijk_code text NOT NULL)"
                + " ON COMMIT DROP");
        return new Loader(sql.copyIn("COPY register_in (identity_hash, wijk_code) FROM STDIN"));
    }

    /** Streams rows into COPY in the text format: the hash in hex, a tab, the wijk code. */
    static final class Loader {
        private static final HexFormat HEX = HexFormat.of();
        private final org.postgresql.copy.CopyIn copy;

        private Loader(org.postgresql.copy.CopyIn copy) {
            this.copy = copy;
        }

        void add(byte[] identityHash, String wijk) {
            byte[] line = ("\\\\x" + HEX.formatHex(identityHash) + "\t" + wijk + "\n").getBytes(StandardCharsets.US_ASCII);
            try {
                copy.writeToCopy(line, 0, line.length);
            } catch (SQLException e) {
                throw new Sql.DatabaseProblem(e);
            }
        }

        void end() {
            try {
                copy.endCopy();
            } catch (SQLException e) {
                throw new Sql.DatabaseProblem(e);
            }
        }

        /**
         * Abandons the rows sent so far. An unfinished COPY keeps the connection to itself: until it
         * is cancelled nothing else can run on it, not even the rollback, which would wait forever.
         */
        void cancel() {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException e) {
                throw new Sql.DatabaseProblem(e);
            }
        }
    }

    /**
     * Makes the register of the round what the loaded rows say. Entries keep their id, status and
     * codes; an entry no longer in the file is REMOVED (its code stops working), unless it voted:
     * a vote cast stays cast, and so does the wijk it was cast in.
     */
    Merge merge(long roundId) {
        // A temporary table has no statistics until analysed: without them the joins below are planned
        // for a handful of rows.
        sql.update("ANALYZE register_in");
        // Set-based statements rather than INSERT ... ON CONFLICT, whose speculative insertion per
        // row doubles the time on a large register; the import holds the round's lock, so no other
        // import adds entries in between (and the unique constraint would stop it if one did).
        sql.update("""
                UPDATE register_entry e SET
                    wijk_code = CASE WHEN e.status = 'VOTED' THEN e.wijk_code ELSE i.wijk_code END,
                    status = CASE WHEN e.status = 'REMOVED' THEN 'ELIGIBLE' ELSE e.status END
                FROM register_in i
                WHERE e.round_id = ? AND e.identity_hash = i.identity_hash
                  AND (e.status = 'REMOVED' OR (e.status = 'ELIGIBLE' AND e.wijk_code <> i.wijk_code))""", roundId);
        int removed = sql.update("""
                UPDATE register_entry e SET status = 'REMOVED'
                WHERE e.round_id = ? AND e.status = 'ELIGIBLE'
                  AND NOT EXISTS (SELECT 1 FROM register_in i WHERE i.identity_hash = e.identity_hash)""", roundId);
        int added = sql.update("""
                INSERT INTO register_entry (round_id, identity_hash, wijk_code)
                SELECT ?, i.identity_hash, i.wijk_code FROM register_in i
                WHERE NOT EXISTS (SELECT 1 FROM register_entry e WHERE e.round_id = ? AND e.identity_hash = i.identity_hash)""",
                roundId, roundId);
        sql.update("DELETE FROM voter_pass p USING register_entry e WHERE p.entry_id = e.id AND e.round_id = ?"
                + " AND e.status = 'REMOVED'", roundId);
        return new Merge(added, removed);
    }

    List<WijkCount> countsPerWijk(long roundId) {
        return sql.list("""
                SELECT e.wijk_code,
                       count(*) FILTER (WHERE e.status = 'ELIGIBLE') AS eligible,
                       count(*) FILTER (WHERE e.status = 'VOTED') AS voted,
                       count(*) FILTER (WHERE e.status = 'REMOVED') AS removed,
                       count(c.code_hash) AS codes
                FROM register_entry e
                LEFT JOIN stemcode c ON c.entry_id = e.id AND c.revoked_on IS NULL
                WHERE e.round_id = ?
                GROUP BY e.wijk_code ORDER BY e.wijk_code""",
                rs -> new WijkCount(rs.getString("wijk_code"), rs.getInt("eligible"), rs.getInt("voted"),
                        rs.getInt("removed"), rs.getInt("codes")), roundId);
    }

    // --- entries and codes ---

    Optional<Entry> entry(long roundId, byte[] identityHash) {
        return sql.one("SELECT id, round_id, wijk_code, status FROM register_entry WHERE round_id = ? AND identity_hash = ?",
                RegisterStore::entryRow, roundId, identityHash);
    }

    Optional<Code> code(byte[] codeHash) {
        return sql.one("""
                SELECT c.round_id AS code_round, c.revoked_on, e.id, e.round_id, e.wijk_code, e.status
                FROM stemcode c JOIN register_entry e ON e.id = c.entry_id WHERE c.code_hash = ?""",
                rs -> new Code(rs.getLong("code_round"), entryRow(rs), rs.getObject("revoked_on") != null), codeHash);
    }

    List<Long> entriesWithoutCode(long roundId) {
        return sql.list("""
                SELECT e.id FROM register_entry e WHERE e.round_id = ? AND e.status = 'ELIGIBLE'
                  AND NOT EXISTS (SELECT 1 FROM stemcode c WHERE c.entry_id = e.id AND c.revoked_on IS NULL)
                ORDER BY e.id""", rs -> rs.getLong(1), roundId);
    }

    boolean hasLiveCode(long entryId) {
        return sql.one("SELECT 1 FROM stemcode WHERE entry_id = ? AND revoked_on IS NULL", rs -> true, entryId).isPresent();
    }

    /**
     * Gives an entry a new code and revokes the one it had, in one step, only while the entry can
     * still vote: a resident who voted gets no new code. False when the entry could not.
     */
    boolean replaceCode(long entryId, byte[] codeHash, LocalDate today) {
        Optional<Long> round = sql.one("SELECT round_id FROM register_entry WHERE id = ? AND status = 'ELIGIBLE' FOR UPDATE",
                rs -> rs.getLong(1), entryId);
        if (round.isEmpty()) {
            return false;
        }
        sql.update("UPDATE stemcode SET revoked_on = ? WHERE entry_id = ? AND revoked_on IS NULL", today, entryId);
        sql.update("INSERT INTO stemcode (code_hash, round_id, entry_id, issued_on) VALUES (?, ?, ?, ?)",
                codeHash, round.get(), entryId, today);
        return true;
    }

    /**
     * Demo only ({@link SeedRegister#markVoted}): turns up to {@code count} eligible entries of a wijk
     * VOTED, the last imported first, so the known demo residents (first in the file) keep their vote.
     */
    int markVoted(long roundId, String wijk, int count) {
        return sql.update("""
                UPDATE register_entry SET status = 'VOTED' WHERE id IN (
                    SELECT id FROM register_entry WHERE round_id = ? AND wijk_code = ? AND status = 'ELIGIBLE'
                    ORDER BY id DESC LIMIT ? FOR UPDATE)""", roundId, wijk, count);
    }

    // --- passes ---

    void createPass(byte[] tokenHash, long entryId, byte[] codeHash, String channel, Instant expiresAt) {
        sql.update("INSERT INTO voter_pass (token_hash, entry_id, code_hash, channel, expires_at) VALUES (?, ?, ?, ?, ?)",
                tokenHash, entryId, codeHash, channel, expiresAt);
    }

    /** A pass that is still good: not expired, its entry still able to vote, its code (if any) not revoked. */
    Optional<VoterPass> pass(byte[] tokenHash, Instant now) {
        return sql.one("""
                SELECT e.round_id, e.wijk_code, p.channel, p.expires_at FROM voter_pass p
                JOIN register_entry e ON e.id = p.entry_id
                WHERE p.token_hash = ? AND p.expires_at > ? AND e.status = 'ELIGIBLE'
                  AND (p.code_hash IS NULL OR EXISTS (SELECT 1 FROM stemcode c
                                                      WHERE c.code_hash = p.code_hash AND c.revoked_on IS NULL))""",
                rs -> new VoterPass(rs.getLong("round_id"), rs.getString("wijk_code"),
                        VoterPass.Channel.valueOf(rs.getString("channel")), Sql.instant(rs, "expires_at")),
                tokenHash, now);
    }

    /**
     * The one vote: marks the pass's entry VOTED in a single UPDATE, only if it could still vote.
     * Concurrent calls for the same resident (two tabs, a double click, a code and an address check
     * at once) queue on the entry's row lock; after the first commits the others find it VOTED.
     */
    Optional<VoterPass> redeem(byte[] tokenHash, Instant now) {
        record Redeemed(long entryId, VoterPass pass) {
        }
        Optional<Redeemed> redeemed = sql.one("""
                UPDATE register_entry e SET status = 'VOTED'
                FROM voter_pass p
                WHERE p.token_hash = ? AND p.expires_at > ? AND e.id = p.entry_id AND e.status = 'ELIGIBLE'
                  AND (p.code_hash IS NULL OR EXISTS (SELECT 1 FROM stemcode c
                                                      WHERE c.code_hash = p.code_hash AND c.revoked_on IS NULL))
                RETURNING e.id, e.round_id, e.wijk_code, p.channel, p.expires_at""",
                rs -> new Redeemed(rs.getLong("id"), new VoterPass(rs.getLong("round_id"), rs.getString("wijk_code"),
                        VoterPass.Channel.valueOf(rs.getString("channel")), Sql.instant(rs, "expires_at"))),
                tokenHash, now);
        // Every pass of the resident ends with the vote: other tabs and devices get "al gestemd".
        redeemed.ifPresent(r -> sql.update("DELETE FROM voter_pass WHERE entry_id = ?", r.entryId()));
        return redeemed.map(Redeemed::pass);
    }

    void endPass(byte[] tokenHash) {
        sql.update("DELETE FROM voter_pass WHERE token_hash = ?", tokenHash);
    }

    /** A round's stemcodes and the passes made with them; @return the codes deleted */
    int deleteCodesAndPasses(long roundId) {
        sql.update("DELETE FROM voter_pass WHERE entry_id IN (SELECT id FROM register_entry WHERE round_id = ?)", roundId);
        return sql.update("DELETE FROM stemcode WHERE round_id = ?", roundId);
    }

    /** A round's register entries (after its codes and passes, which point at them); @return how many */
    int deleteEntries(long roundId) {
        return sql.update("DELETE FROM register_entry WHERE round_id = ?", roundId);
    }

    void deleteExpiredPasses(Instant now) {
        sql.update("DELETE FROM voter_pass WHERE expires_at <= ?", now);
    }

    private static Entry entryRow(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getLong("round_id"), rs.getString("wijk_code"),
                Status.valueOf(rs.getString("status")));
    }

    private ImportRow importRow(ResultSet rs) throws SQLException {
        String report = rs.getString("report");
        return new ImportRow(rs.getLong("id"), rs.getLong("round_id"), ImportState.valueOf(rs.getString("status")),
                rs.getInt("rows_total"), rs.getInt("rows_read"), Sql.instant(rs, "started_at"),
                Sql.instant(rs, "alive_at"), Sql.instant(rs, "finished_at"), report == null ? null : read(report));
    }

    private String write(ImportReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportReport read(String report) {
        try {
            return json.readValue(report, ImportReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
