package nl.wijkdeal.register

import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.transaction.TransactionOperations
import jakarta.inject.Inject
import nl.wijkdeal.database.Sql
import nl.wijkdeal.round.Phase
import nl.wijkdeal.round.Round
import spock.lang.Specification
import spock.lang.Timeout

import java.nio.charset.StandardCharsets
import java.sql.Connection
import java.time.Instant
import java.time.LocalDate
import java.util.concurrent.TimeUnit

import static nl.wijkdeal.register.TestRegister.file
import static nl.wijkdeal.register.TestRegister.row

/** Register imports on the real database: what is kept (hashes, wijken, status), what is refused and why. */
@MicronautTest(transactional = false)
class RegisterImportSpec extends Specification {

    @Inject @Client('/') HttpClient http
    @Inject ApplicationContext context
    @Inject Sql sql
    @Inject RegisterStore store
    @Inject RegisterKeys keys
    @Inject ImportRegister importer
    @Inject VoterPasses passes
    @Inject TransactionOperations<Connection> transactions

    static final String ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

    TestRegister register() {
        new TestRegister(context, http)
    }

    /** The round's entries: identity hash (hex) -> [id, wijk, status]. */
    Map<String, List> entries(long roundId) {
        sql.list('SELECT encode(identity_hash, \'hex\'), id, wijk_code, status FROM register_entry WHERE round_id = ?',
                { rs -> [rs.getString(1), [rs.getLong(2), rs.getString(3), rs.getString(4)]] }, roundId)
                .collectEntries()
    }

    String hash(Round round, Resident resident) {
        keys.identity(round.id(), resident).encodeHex().toString()
    }

    def "an import keeps the eligible residents per wijk and says per row why the others are left out"() {
        given:
        def round = register().round(Phase.PREPARATION)
        LocalDate firstDay = round.settings().startOf(Phase.VOTING)
        int age = round.settings().minimumAge()
        def bytes = file([
                row('9720AA', 1, '1980-01-01'),                                   // 2: WK001405
                row('9721AB', 2, '01-02-1970', [huisletter: 'a']),                // 3: WK001406
                row('9722 cd', 3, '19900101', [toevoeging: '2']),                  // 4: WK001406
                row('9711AA', 4, '1980-01-01'),                                   // 5: Centrum, another gebied
                row('9723AA', 5, firstDay.minusYears(age).plusDays(1).toString()), // 6: one day too young
                row('9721 ab', '2a', '1970-02-01'),                               // 7: line 3 spelled otherwise
                row('97210', 1, '1980-01-01'),                                    // 8
                row('9721AA', 1, '1980-02-30'),                                   // 9
                row('9721AA', 'x', '1980-01-01'),                                 // 10
                row('9723AB', 7, firstDay.minusYears(age).toString()),            // 11: old enough that very day
                row('9999AA', 1, '1980-01-01'),                                   // 12: in no wijk at all
        ])

        when:
        def report = register().importFile(round, bytes)
        def imported = store.latestImport(round.id()).get()

        then:
        report.problem() == null
        report.eligible() == [WK001405: 1, WK001406: 3]
        report.added() == 4
        report.removed() == 0
        report.rejected() == [OUTSIDE_ROUND: 2, TOO_YOUNG: 1, DUPLICATE: 1, POSTCODE: 1, BIRTH_DATE: 1, HOUSE_NUMBER: 1]
        report.examples().collect { [it.line(), it.reason()] } == [
                [5L, 'OUTSIDE_ROUND'], [6L, 'TOO_YOUNG'], [7L, 'DUPLICATE'], [8L, 'POSTCODE'],
                [9L, 'BIRTH_DATE'], [10L, 'HOUSE_NUMBER'], [12L, 'OUTSIDE_ROUND']]

        and: 'the entries hold the keyed hash of the resident, the wijk and the status'
        entries(round.id()).collectEntries { k, v -> [(k): v.drop(1)] } == [
                (hash(round, new Resident('9720AA', 1, '', LocalDate.of(1980, 1, 1)))): ['WK001405', 'ELIGIBLE'],
                (hash(round, new Resident('9721AB', 2, 'A', LocalDate.of(1970, 2, 1)))): ['WK001406', 'ELIGIBLE'],
                (hash(round, new Resident('9722CD', 3, '2', LocalDate.of(1990, 1, 1)))): ['WK001406', 'ELIGIBLE'],
                (hash(round, new Resident('9723AB', 7, '', firstDay.minusYears(age)))): ['WK001406', 'ELIGIBLE']]
        store.countsPerWijk(round.id()) == [new RegisterStore.WijkCount('WK001405', 1, 0, 0, 0),
                                            new RegisterStore.WijkCount('WK001406', 3, 0, 0, 0)]

        and: 'the import is DONE with its rows and report'
        imported.state() == RegisterStore.ImportState.DONE
        imported.rowsRead() == 11
        imported.rowsTotal() == 12
        imported.finishedAt() != null
        imported.report() == report

        and: 'the audit log has counts only'
        sql.one("SELECT details::text FROM audit_entry WHERE action = 'register.imported' AND subject = ? ORDER BY seq DESC LIMIT 1",
                { it.getString(1) }, 'round:' + round.id()).get().with {
            it.contains('"eligible": "4"') && !it.contains('9720') && !it.contains('1980')
        }
    }

    def "the same resident has unrelated hashes in two rounds"() {
        given:
        def resident = new Resident('9721AB', 2, 'A', LocalDate.of(1970, 2, 1))

        expect:
        keys.identity(1, resident) != keys.identity(2, resident)
        keys.identity(1, resident).length == 32
    }

    def "the register tables have no column for a name, an address, a date of birth or a plain code"() {
        when:
        Map<String, List<String>> columns = ['register_entry', 'stemcode', 'voter_pass', 'register_import'].collectEntries { table ->
            [(table): sql.list('SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position',
                    { it.getString(1) }, table)]
        }

        then:
        columns.register_entry == ['id', 'round_id', 'identity_hash', 'wijk_code', 'status']
        columns.stemcode == ['code_hash', 'round_id', 'entry_id', 'issued_on', 'revoked_on']
        columns.voter_pass == ['token_hash', 'entry_id', 'code_hash', 'channel', 'expires_at']
        columns.values().flatten().every { String c ->
            !(c =~ /(?i)name|naam|postcode|address|adres|street|straat|house|huis|birth|geboor|born|bsn|^code$|letter/)
        }
    }

    def "a corrected file: kept entries keep their id, a row gone is REMOVED, a resident who voted stays VOTED"() {
        given:
        def round = register().round(Phase.PREPARATION)
        def stays = row('9721AA', 1, '1970-01-01')
        def leaves = row('9720AA', 2, '1970-01-01')
        def voter = row('9722AA', 3, '1970-01-01')
        def fixed = row('97230', 4, '1970-01-01')
        register().importFile(round, file([stays, leaves, voter, fixed]))
        def before = entries(round.id())
        Resident voterResident = new Resident('9722AA', 3, '', LocalDate.of(1970, 1, 1))
        def voterEntry = store.entry(round.id(), keys.identity(round.id(), voterResident)).get()
        String token = passes.create(voterEntry, null, VoterPass.Channel.COUNTER, Instant.now())
        assert transactions.executeWrite { passes.redeem(token) }.isPresent()

        when: 'the second file lacks two rows and has the postcode fixed'
        def report = register().importFile(round, file([stays, fixed + [postcode: '9723AA']]))
        def after = entries(round.id())
        String stayHash = hash(round, new Resident('9721AA', 1, '', LocalDate.of(1970, 1, 1)))
        String leaveHash = hash(round, new Resident('9720AA', 2, '', LocalDate.of(1970, 1, 1)))
        String voterHash = hash(round, voterResident)
        String fixedHash = hash(round, new Resident('9723AA', 4, '', LocalDate.of(1970, 1, 1)))

        then:
        before.keySet() == [stayHash, leaveHash, voterHash] as Set
        report.added() == 1
        report.removed() == 1
        report.eligible() == [WK001406: 2]
        report.rejected() == [:]
        after[stayHash] == before[stayHash]
        after[leaveHash] == [before[leaveHash][0], 'WK001405', 'REMOVED']
        after[voterHash] == [before[voterHash][0], 'WK001406', 'VOTED']
        after[fixedHash][1..2] == ['WK001406', 'ELIGIBLE']
        after.size() == 4

        when: 'the one who left is back in a third file'
        def third = register().importFile(round, file([stays, fixed + [postcode: '9723AA'], leaves, voter]))

        then: 'with the same entry; the voter still voted'
        third.added() == 0
        third.removed() == 0
        entries(round.id())[leaveHash] == [before[leaveHash][0], 'WK001405', 'ELIGIBLE']
        entries(round.id())[voterHash][2] == 'VOTED'
    }

    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    def "a file that breaks deep down leaves the register as it was and the import FAILED"() {
        given:
        def round = register().round(Phase.IDEAS)
        register().importFile(round, file([row('9721AA', 1, '1970-01-01'), row('9721AA', 2, '1970-01-01')]))
        def before = entries(round.id())
        def text = new StringBuilder(TestRegister.HEADER).append('\n')
        (1..20_000).each { text << "9722AA;$it;;;1970-01-01;Bewoner;Straat $it;\n" }
        text << '9722AB;1;;;1970-01-01;"Bewoner;Straat 1;\n'
        (1..10).each { text << "9722AC;$it;;;1970-01-01;Bewoner;Straat $it;\n" }

        when:
        def report = register().importFile(round, text.toString().getBytes(StandardCharsets.UTF_8))
        def imported = store.latestImport(round.id()).get()

        then:
        report.problem() == 'register.error.file.UNREADABLE'
        imported.state() == RegisterStore.ImportState.FAILED
        imported.report().problem() == 'register.error.file.UNREADABLE'
        imported.finishedAt() != null
        entries(round.id()) == before

        when: 'the connections are still good: the next import works'
        def next = register().importFile(round, file([row('9721AA', 3, '1970-01-01')]))

        then:
        next.added() == 1
        next.removed() == 2
    }

    def "200,000 residents import in one go"() {
        given:
        def round = register().round(Phase.PREPARATION)
        def text = new StringBuilder(TestRegister.HEADER).append('\n')
        int n = 200_000
        for (int i = 0; i < n; i++) {
            int pc4 = 9720 + i % 4
            int letters = (i.intdiv(4)) % 676
            String postcode = pc4 + ALPHABET[letters.intdiv(26)] + ALPHABET[letters % 26]
            text << postcode << ';' << (i.intdiv(4 * 676) + 1) << ';;;1970-01-01;Bewoner;Straat;\n'
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8)

        when:
        long started = System.nanoTime()
        def report = register().importFile(round, bytes)
        long millis = (System.nanoTime() - started).intdiv(1_000_000)
        println "Register import of $n rows (${bytes.length.intdiv(1024)} KiB): $millis ms"

        then:
        report.problem() == null
        report.rejected().toString() == '[:]'
        report.eligible() == [WK001405: 50_000, WK001406: 150_000]
        report.added() == n
        sql.one('SELECT count(*) FROM register_entry WHERE round_id = ? AND status = \'ELIGIBLE\'', { it.getInt(1) }, round.id()).get() == n
        store.latestImport(round.id()).get().rowsRead() == n
    }

    def "start refuses a file with the wrong columns at once and starts nothing"() {
        given:
        def round = register().round(Phase.PREPARATION)

        when:
        def missing = importer.start(register().zuid(), round, 'postcode;huisnummer\n9721AA;1\n'.bytes)
        def unknown = importer.start(register().zuid(), round, 'postcode;huisnummer;geboortedatum;bsn\n'.bytes)
        def binary = importer.start(register().zuid(), round, [0x50, 0x4B, 3, 4, 0, 0] as byte[])

        then:
        !missing.ok()
        missing.problem() == 'register.error.file.MISSING_COLUMNS'
        missing.columns() == ['geboortedatum']
        unknown.problem() == 'register.error.file.UNKNOWN_COLUMNS'
        unknown.columns() == ['bsn']
        binary.problem() == 'register.error.file.NOT_TEXT'
        store.latestImport(round.id()).isEmpty()
    }

    def "start imports a good file in the background"() {
        given:
        def round = register().round(Phase.PREPARATION)

        when:
        def started = importer.start(register().zuid(), round, file([row('9721AA', 1, '1970-01-01')]))
        def deadline = System.currentTimeMillis() + 20_000
        while (store.importOf(round.id(), started.importId()).get().state() == RegisterStore.ImportState.RUNNING
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50)
        }

        then:
        started.ok()
        store.importOf(round.id(), started.importId()).get().state() == RegisterStore.ImportState.DONE
        store.importOf(round.id(), started.importId()).get().report().added() == 1
    }

    def "a round that counts or later takes no register"() {
        given:
        def round = register().round(Phase.COUNTING)

        expect:
        importer.start(register().zuid(), round, file([row('9721AA', 1, '1970-01-01')])).problem() == 'register.error.closed'
        store.latestImport(round.id()).isEmpty()
    }
}
