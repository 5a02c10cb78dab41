package nl.wijkdeal.mail

import nl.wijkdeal.database.Sql

/** Reads the outbox tables for the mail specs, which share the database with every other spec. */
class Outboxes {

    final Sql sql

    Outboxes(Sql sql) {
        this.sql = sql
    }

    /** A fresh address per test, so a spec only looks at its own mail. */
    static String address(String who = 'bewoner') {
        "${who}.${UUID.randomUUID().toString().take(8)}@voorbeeld.nl"
    }

    Map row(long id) {
        sql.one('SELECT * FROM mail_outbox WHERE id = ?', { rs ->
            def meta = rs.metaData
            (1..meta.columnCount).collectEntries { [meta.getColumnName(it), rs.getObject(it)] }
        }, id).orElse(null)
    }

    long count(String recipient) {
        sql.one('SELECT count(*) FROM mail_outbox WHERE recipient = ?', { it.getLong(1) }, recipient).get()
    }
}
