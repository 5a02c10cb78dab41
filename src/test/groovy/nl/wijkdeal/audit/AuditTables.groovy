package nl.wijkdeal.audit

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource

import javax.sql.DataSource
import java.sql.Connection

/**
 * Raw access to the audit tables for tests: reading the head, and tampering the way someone with
 * rights on the database could, then repairing it so the shared test database stays intact.
 */
class AuditTables {

    private final DataSource pool

    AuditTables(DataSource dataSource) {
        // The pool itself: Micronaut Data's proxy only hands out connections inside a transaction.
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource)
    }

    Connection connection() {
        pool.connection
    }

    /**
     * Runs SQL as a DBA (or anyone owning the table) could: with the append-only trigger switched
     * off. This is the attack the hash chain is there to detect. Switched off and on inside one
     * transaction, so no other session ever sees the table unguarded.
     */
    void tamper(String sql) {
        connection().withCloseable { c ->
            c.autoCommit = false
            tamper(c, sql)
            c.commit()
        }
    }

    /** As {@link #tamper(String)}, inside the caller's transaction on {@code c}. */
    static void tamper(Connection c, String sql) {
        c.createStatement().execute('ALTER TABLE audit_entry DISABLE TRIGGER USER')
        c.createStatement().execute(sql)
        c.createStatement().execute('ALTER TABLE audit_entry ENABLE TRIGGER USER')
    }

    /** [seq: ..., hex: ...] of audit_head. */
    Map head() {
        connection().withCloseable { c ->
            def rs = c.createStatement().executeQuery('SELECT seq, hash FROM audit_head')
            rs.next()
            [seq: rs.getLong(1), hex: rs.getBytes(2).encodeHex().toString()]
        }
    }

    long longOf(String sql) {
        connection().withCloseable { c -> longOf(c, sql) }
    }

    static long longOf(Connection c, String sql) {
        def rs = c.createStatement().executeQuery(sql)
        rs.next()
        rs.getLong(1)
    }

    String stringOf(String sql) {
        connection().withCloseable { c ->
            def rs = c.createStatement().executeQuery(sql)
            rs.next()
            rs.getString(1)
        }
    }

    /** A copy of one entry, to put it back exactly after deleting it. */
    Kept keep(long seq) {
        // The row as a literal of its own row type: restores every column bit for bit.
        new Kept(stringOf("SELECT e::text FROM audit_entry e WHERE seq = $seq"))
    }

    class Kept {
        final String row

        Kept(String row) {
            this.row = row
        }

        void putBack() {
            connection().withCloseable { c ->
                def insert = c.prepareStatement('INSERT INTO audit_entry SELECT (?::audit_entry).*')
                insert.setString(1, row)
                insert.executeUpdate()
            }
        }
    }
}
