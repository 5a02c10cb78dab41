package nl.wijkdeal.audit

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.transaction.TransactionOperations
import jakarta.inject.Inject
import nl.wijkdeal.audit.AuditChain.Reason
import spock.lang.Specification

import javax.sql.DataSource
import java.sql.Connection
import java.sql.SQLException
import java.time.Instant
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/**
 * The audit log on real PostgreSQL. Other specs share the database and may append too, so every
 * feature looks only at its own entries (its own area code) and repairs what it breaks: the chain
 * is intact again at the end of each feature.
 */
@MicronautTest(transactional = false)
class AuditLogSpec extends Specification {

    @Inject AuditLog auditLog
    @Inject VerifyAudit verifyAudit
    @Inject DataSource dataSource
    @Inject TransactionOperations<Connection> transactions
    AuditTables db

    def setup() {
        db = new AuditTables(dataSource)
    }

    static final Actor ANNA = Actor.staff(41, 'anna@groningen.nl')

    def "appended entries verify, and read back per gebied newest first"() {
        given:
        Instant before = Instant.now()

        when:
        auditLog.append(ANNA, 'audit-lees', 'round.created', 'round:1', [budget: '100000', name: 'Wijkdeal 2026'])
        auditLog.append(ANNA, 'audit-andere', 'round.created', 'round:2', [:])
        auditLog.append(Actor.system(), 'audit-lees', 'round.phase', 'round:1', [from: 'ideas', to: 'voting'])
        auditLog.append(ANNA, null, 'staff.login', null, [:])
        auditLog.append(ANNA, 'audit-lees', 'round.amended', 'round:1', [reason: 'typfout in de titel'])
        def area = auditLog.ofArea('audit-lees', null, 10)

        then:
        area*.action() == ['round.amended', 'round.phase', 'round.created']
        area*.seq() == area*.seq().sort().reverse()
        with(area[1]) {
            actorId() == null
            actor() == 'systeem'
            areaCode() == 'audit-lees'
            subject() == 'round:1'
            details() == [from: 'ideas', to: 'voting']
        }
        with(area[2]) {
            actorId() == 41L
            actor() == 'anna@groningen.nl'
            details() == [budget: '100000', name: 'Wijkdeal 2026']
            !at().isBefore(before.minusSeconds(1)) && !at().isAfter(Instant.now())
            at().nano % 1000 == 0
        }

        and: 'paging goes on below the last seq seen'
        auditLog.ofArea('audit-lees', area[0].seq(), 1)*.action() == ['round.phase']

        and: 'the whole municipality sees every gebied and the municipality-wide entries'
        auditLog.all(null, 3)*.action() == ['round.amended', 'staff.login', 'round.phase']
        auditLog.all(null, 3)[1].areaCode() == null

        and:
        def verdict = verifyAudit.verify()
        verdict.intact()
        verdict.checked() == db.head().seq
        verdict.lastHash() == db.head().hex
    }

    def "a changed detail is named at exactly that entry as CONTENT_CHANGED"() {
        given:
        def seqs = appendThree('audit-inhoud')
        def victim = seqs[1]
        String original = db.stringOf("SELECT details::text FROM audit_entry WHERE seq = $victim")
        assert verifyAudit.verify().intact()

        when:
        db.tamper("UPDATE audit_entry SET details = '{\"budget\": \"999999\"}' WHERE seq = $victim")
        def verdict = verifyAudit.verify()

        then:
        with(verdict.firstBreak()) {
            reason() == Reason.CONTENT_CHANGED
            seq() == victim
            entry().details() == [budget: '999999']
        }
        verdict.checked() == victim - 1

        when: 'the original value is put back'
        db.tamper("UPDATE audit_entry SET details = '$original'::jsonb WHERE seq = $victim")

        then:
        verifyAudit.verify().intact()
    }

    def "a changed time or actor is caught as well"() {
        given:
        def victim = appendThree('audit-tijd')[2]
        String originalAt = db.stringOf("SELECT at::text FROM audit_entry WHERE seq = $victim")

        when:
        db.tamper("UPDATE audit_entry SET $column = $value WHERE seq = $victim")

        then:
        verifyAudit.verify().firstBreak().with { [it.reason(), it.seq()] } == [Reason.CONTENT_CHANGED, victim]

        cleanup:
        db.tamper("UPDATE audit_entry SET at = '$originalAt'::timestamptz, actor = 'anna@groningen.nl', actor_id = 41 WHERE seq = $victim")
        assert verifyAudit.verify().intact()

        where:
        column     | value
        'at'       | "at + interval '1 microsecond'"
        'actor'    | "'bert@groningen.nl'"
        'actor_id' | 'NULL'
    }

    def "a deleted entry in the middle shows as the gap it leaves"() {
        given:
        def seqs = appendThree('audit-gat')
        def victim = seqs[1]
        assert verifyAudit.verify().intact()
        def kept = db.keep(victim)

        when:
        db.tamper("DELETE FROM audit_entry WHERE seq = $victim")
        def verdict = verifyAudit.verify()

        then:
        with(verdict.firstBreak()) {
            reason() == Reason.ENTRY_MISSING
            seq() == victim
            lastSeq() == victim
            entry().seq() == seqs[2]
        }

        cleanup:
        kept.putBack()
        assert verifyAudit.verify().intact()
    }

    def "an entry cut off the end, with the head left alone, is TAIL_CUT"() {
        given:
        appendThree('audit-staart')
        AuditTables.Kept kept = null

        when: 'the head is locked while the last entry goes, so no appender slips in between'
        def connection = db.connection()
        connection.autoCommit = false
        long last = AuditTables.longOf(connection, 'SELECT seq FROM audit_head FOR UPDATE')
        kept = db.keep(last)
        AuditTables.tamper(connection, "DELETE FROM audit_entry WHERE seq = $last")
        connection.commit()
        connection.close()
        def verdict = verifyAudit.verify()

        then:
        with(verdict.firstBreak()) {
            reason() == Reason.TAIL_CUT
            seq() == last
            lastSeq() == last
            entry().seq() == last - 1
        }
        verdict.checked() == last - 1

        cleanup:
        kept?.putBack()
        assert verifyAudit.verify().intact()
    }

    def "the database itself refuses to change or remove entries: #statement"() {
        given:
        def seq = appendThree('audit-weigeren')[0]

        when:
        db.connection().withCloseable { c -> c.createStatement().execute(statement.replace('SEQ', "$seq")) }

        then:
        def e = thrown(SQLException)
        e.SQLState == 'P0001'
        e.message.contains('the audit log is append-only')

        and:
        verifyAudit.verify().intact()

        where:
        statement << [
                "UPDATE audit_entry SET details = '{}' WHERE seq = SEQ",
                'DELETE FROM audit_entry WHERE seq = SEQ',
                'TRUNCATE audit_entry',
                'DELETE FROM audit_head',
                'TRUNCATE audit_head']
    }

    def "8 appenders at once, 50 entries each: 400 entries, numbered without gaps, chain intact"() {
        given:
        long before = db.head().seq
        def pool = Executors.newFixedThreadPool(8)
        def start = new CountDownLatch(1)

        when: 'every append runs in its own transaction'
        def futures = (0..<8).collect { int t ->
            pool.submit {
                start.await()
                50.times { int n ->
                    auditLog.append(Actor.system(), 'audit-race', 'audit.race', "thread:$t".toString(), [n: n.toString()])
                }
            }
        }
        start.countDown()
        futures*.get(120, TimeUnit.SECONDS)

        then:
        db.head().seq == before + 400
        db.longOf("SELECT count(*) FROM audit_entry WHERE seq > $before") == 400
        db.longOf("SELECT count(*) FROM audit_entry WHERE area_code = 'audit-race'") == 400
        db.longOf('SELECT count(*) FROM audit_entry') == db.head().seq

        and: 'each thread finds its own entries in the order it wrote them'
        def race = auditLog.ofArea('audit-race', null, 1000).reverse()
        race.groupBy { it.subject() }.size() == 8
        race.groupBy { it.subject() }.values().every { mine -> mine*.details()*.n == (0..<50)*.toString() }

        and:
        verifyAudit.verify().intact()

        cleanup:
        pool.shutdownNow()
    }

    def "an append inside a transaction that rolls back leaves no entry and the head unchanged"() {
        given:
        def headBefore = db.head()

        when: 'an action and its entry in one transaction, which then fails'
        transactions.executeWrite { status ->
            status.connection.createStatement().execute("INSERT INTO area (code, name) VALUES ('audit-terug', 'Terugdraaien')")
            auditLog.append(ANNA, 'audit-terug', 'round.created', 'round:99', [:])
            throw new IllegalStateException('the action fails after the entry was written')
        }

        then:
        thrown(IllegalStateException)
        db.head() == headBefore
        auditLog.ofArea('audit-terug', null, 10).isEmpty()
        db.longOf("SELECT count(*) FROM area WHERE code = 'audit-terug'") == 0

        and: 'no number was used up: the next entry follows on'
        auditLog.append(ANNA, 'audit-terug', 'round.created', 'round:99', [:])
        auditLog.ofArea('audit-terug', null, 10)*.seq() == [headBefore.seq + 1]
        verifyAudit.verify().intact()
    }

    def "an append joins the caller's transaction: others see the entry only after the commit"() {
        given:
        long seenByTransaction = -1
        long seenByOthers = -1

        when:
        transactions.executeWrite { status ->
            auditLog.append(ANNA, 'audit-samen', 'round.changed', 'round:7', [:])
            seenByTransaction = AuditTables.longOf(status.connection, "SELECT count(*) FROM audit_entry WHERE area_code = 'audit-samen'")
            seenByOthers = db.longOf("SELECT count(*) FROM audit_entry WHERE area_code = 'audit-samen'")
        }

        then:
        seenByTransaction == 1
        seenByOthers == 0
        db.longOf("SELECT count(*) FROM audit_entry WHERE area_code = 'audit-samen'") == 1
    }

    // --- helpers ---------------------------------------------------------------------------

    private List<Long> appendThree(String area) {
        3.times { auditLog.append(ANNA, area, 'round.changed', 'round:3', [step: it.toString()]) }
        auditLog.ofArea(area, null, 3)*.seq().reverse()
    }
}
