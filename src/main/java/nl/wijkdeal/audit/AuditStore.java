package nl.wijkdeal.audit;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import nl.wijkdeal.audit.AuditChain.Head;
import nl.wijkdeal.audit.AuditChain.Link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL of the audit log. Plain JDBC through Micronaut Data's {@link JdbcOperations}, so every
 * statement runs on the connection of the caller's transaction. Callers own the transactions.
 */
@Singleton
class AuditStore {

    private static final String COLUMNS =
            "seq, at, actor_id, actor, area_code, action, subject, details::text AS details, prev_hash, hash";
    static final String UNREADABLE = "(onleesbaar / unreadable)";
    private static final Argument<Map<String, String>> DETAILS = Argument.mapOf(String.class, String.class);

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    AuditStore(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The head, locked until the transaction ends: the next appender waits here. */
    Head lockHead() {
        return head("SELECT seq, hash FROM audit_head FOR UPDATE");
    }

    Head head() {
        return head("SELECT seq, hash FROM audit_head");
    }

    private Head head(String sql) {
        return jdbc.prepareStatement(sql, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("audit_head has no row: the schema is damaged (migrations/V3__audit.sql)");
                }
                return new Head(rs.getLong("seq"), rs.getBytes("hash"));
            }
        });
    }

    void insert(Link link) {
        AuditEntry e = link.entry();
        jdbc.prepareStatement("INSERT INTO audit_entry (seq, at, actor_id, actor, area_code, action, subject, details,"
                + " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)", ps -> {
            ps.setLong(1, e.seq());
            // An OffsetDateTime in UTC, not a Timestamp: no detour through the JVM's time zone.
            ps.setObject(2, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
            if (e.actorId() == null) {
                ps.setNull(3, Types.BIGINT);
            } else {
                ps.setLong(3, e.actorId());
            }
            ps.setString(4, e.actor());
            ps.setString(5, e.areaCode());
            ps.setString(6, e.action());
            ps.setString(7, e.subject());
            ps.setString(8, toJson(e.details()));
            ps.setBytes(9, link.prevHash());
            ps.setBytes(10, link.hash());
            return ps.executeUpdate();
        });
    }

    void moveHead(long seq, byte[] hash) {
        jdbc.prepareStatement("UPDATE audit_head SET seq = ?, hash = ?", ps -> {
            ps.setLong(1, seq);
            ps.setBytes(2, hash);
            return ps.executeUpdate();
        });
    }

    /** Up to {@code limit} entries after {@code afterSeq}, in chain order. */
    List<Link> chain(long afterSeq, int limit) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry WHERE seq > ? ORDER BY seq LIMIT ?", ps -> {
            ps.setLong(1, afterSeq);
            ps.setInt(2, limit);
            return links(ps);
        });
    }

    /** Newest first, before {@code beforeSeq}; one gebied, or all entries when {@code areaCode} is null. */
    List<AuditEntry> newest(String areaCode, long beforeSeq, int limit) {
        String where = areaCode == null ? "seq < ?" : "seq < ? AND area_code = ?";
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry WHERE " + where
                + " ORDER BY seq DESC LIMIT ?", ps -> {
            int i = 1;
            ps.setLong(i++, beforeSeq);
            if (areaCode != null) {
                ps.setString(i++, areaCode);
            }
            ps.setInt(i, limit);
            return links(ps).stream().map(Link::entry).toList();
        });
    }

    private List<Link> links(PreparedStatement ps) throws SQLException {
        List<Link> links = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Long actorId = rs.getObject("actor_id", Long.class);
                AuditEntry entry = new AuditEntry(
                        rs.getLong("seq"),
                        rs.getObject("at", OffsetDateTime.class).toInstant(),
                        actorId,
                        rs.getString("actor"),
                        rs.getString("area_code"),
                        rs.getString("action"),
                        rs.getString("subject"),
                        fromJson(rs.getString("details")));
                links.add(new Link(entry, rs.getBytes("prev_hash"), rs.getBytes("hash")));
            }
        }
        return links;
    }

    private String toJson(Map<String, String> details) {
        try {
            return json.writeValueAsString(details);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> fromJson(String details) {
        try {
            return json.readValue(details, DETAILS);
        } catch (IOException | RuntimeException e) {
            // Only a hand-edited row holds anything but strings. Keep it readable as text: its hash
            // then no longer matches and the verifier names the entry, instead of the read failing.
            return Map.of(UNREADABLE, details);
        }
    }
}
