package nl.wijkdeal.audit

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import nl.wijkdeal.JarCommand
import spock.lang.Specification

import javax.sql.DataSource

/**
 * {@code java -jar wijkdeal.jar audit verify} as a real process against the test database, the way
 * an operator or a cron job runs it.
 */
@MicronautTest(transactional = false)
class AuditCommandSpec extends Specification {

    @Inject AuditLog auditLog
    @Inject VerifyAudit verifyAudit
    @Inject DataSource dataSource
    AuditTables db

    def setup() {
        db = new AuditTables(dataSource)
    }

    def "an intact log: OK with the number of entries and the last hash, exit code 0"() {
        given:
        auditLog.append(Actor.staff(5, 'bert@groningen.nl'), 'audit-cli', 'round.created', 'round:5', [:])
        def head = db.head()

        when:
        def run = launch('audit', 'verify')

        then:
        run.exit == 0
        run.out.lines().toList().size() == 1
        run.out.strip() == "OK: auditlog in orde, ${head.seq} regels / audit log intact, ${head.seq} entries;" +
                " laatste hash / last hash ${head.hex}"
    }

    def "a changed entry: exit code 1 and one line naming it, its time, its action and why"() {
        given:
        auditLog.append(Actor.staff(5, 'bert@groningen.nl'), 'audit-cli', 'round.phase', 'round:5', [to: 'voting'])
        def mine = auditLog.ofArea('audit-cli', null, 1)[0]
        db.tamper("UPDATE audit_entry SET details = '{\"to\": \"published\"}' WHERE seq = ${mine.seq()}")

        when:
        def run = launch('audit', 'verify')

        then:
        run.exit == 1
        run.out.lines().toList().size() == 1
        run.out.strip() == "FOUT / BROKEN: regel / entry ${mine.seq()} ${AuditChain.timestamp(mine.at())} round.phase:" +
                " inhoud gewijzigd na het schrijven / content changed after it was written" +
                " (${mine.seq() - 1} regels daarvoor in orde / entries before it intact)"

        cleanup:
        db.tamper("UPDATE audit_entry SET details = '{\"to\": \"voting\"}' WHERE seq = ${mine.seq()}")
        assert verifyAudit.verify().intact()
    }

    def "audit --help explains the command without touching a database"() {
        when:
        def run = launch('audit', '--help')

        then:
        run.exit == 0
        run.out.contains('audit verify')
        run.out.contains('Afsluitcode / exit code')
    }

    def "an unknown subcommand is a usage error, exit code 2"() {
        when:
        def run = launch('audit', 'repair')

        then:
        run.exit == 2
        run.err.contains('audit --help')
        run.out.isEmpty()
    }

    def "no database: one line saying what to set, exit code 2 (CommandContext, as the service does)"() {
        when:
        def run = launchAgainst('jdbc:postgresql://127.0.0.1:9/wijkdeal', 'audit', 'verify')

        then:
        run.exit == 2
        run.out.isEmpty()
        run.err.strip() == 'Cannot connect to the database at jdbc:postgresql://127.0.0.1:9/wijkdeal (Connection refused).' +
                ' Check WIJKDEAL_DATABASE_URL, WIJKDEAL_DATABASE_USER and WIJKDEAL_DATABASE_PASSWORD, or leave' +
                ' WIJKDEAL_DATABASE_URL empty to use the embedded database.'
    }

    private Map launch(String... args) {
        JarCommand.launch(dataSource, args)
    }

    private Map launchAgainst(String url, String... args) {
        JarCommand.launchAgainst(dataSource, url, args)
    }
}
