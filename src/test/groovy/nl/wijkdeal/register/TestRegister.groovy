package nl.wijkdeal.register

import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import nl.wijkdeal.database.Sql
import nl.wijkdeal.round.Phase
import nl.wijkdeal.round.PublicRounds
import nl.wijkdeal.round.Round
import nl.wijkdeal.round.TestRounds
import nl.wijkdeal.staff.Role
import nl.wijkdeal.staff.Staff
import org.apache.commons.csv.CSVFormat

import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.util.zip.ZipFile

/**
 * Registers for the specs of the register: rounds in zuid (wijken WK001405, PC4 9720, and
 * WK001406, PC4 9721-9723; see demo/groningen-wijken.csv), files built in memory, imports run in
 * the test's thread, and the plain codes of the letters read back from the mailing-house CSV.
 */
class TestRegister {

    static final String HEADER = 'postcode;huisnummer;huisletter;toevoeging;geboortedatum;naam;adresregel1;adresregel2'

    final ApplicationContext context
    final HttpClient http

    TestRegister(ApplicationContext context, HttpClient http) {
        this.context = context
        this.http = http
    }

    /** The demo gebiedsteam zuid, as the pages would hand it to a use case. */
    Staff zuid() {
        context.getBean(Sql).one("SELECT id, email, name FROM staff_account WHERE email = 'zuid@wijkdeal.example'",
                { rs -> new Staff(rs.getLong(1), rs.getString(2), rs.getString(3), Role.GEBIEDSTEAM, ['zuid'] as Set) })
                .orElseThrow()
    }

    /** A new round in zuid in {@code phase}, with all three routes unless {@code changes} say otherwise. */
    Round round(Phase phase, Map<String, Object> changes = [:]) {
        long id = new TestRounds(context, http).create(phase, [route: ['stemcode', 'address', 'counter']] + changes)
        reload(id)
    }

    Round reload(long id) {
        context.getBean(PublicRounds).findForStaff(id).orElseThrow()
    }

    /** A register file: one {@code row} per resident, fields by header name. */
    static byte[] file(List<Map<String, Object>> rows) {
        def columns = HEADER.split(';')
        def text = new StringBuilder(HEADER).append('\n')
        rows.each { row -> text.append(columns.collect { row[it] ?: '' }.join(';')).append('\n') }
        text.toString().getBytes(StandardCharsets.UTF_8)
    }

    /** A resident row with a name and address for the letter. */
    static Map<String, Object> row(String postcode, Object number, Object born, Map more = [:]) {
        [postcode: postcode, huisnummer: number, geboortedatum: born, naam: "Bewoner $postcode $number",
         adresregel1: "Straat $number", adresregel2: "$postcode Groningen"] + more
    }

    /** Imports the file into the round in this thread, as the background job would. */
    ImportReport importFile(Round round, byte[] bytes) {
        def file = RegisterFile.open(bytes)
        long importId = context.getBean(RegisterStore).startImport(round.id(), zuid().id(), file.estimatedRows(),
                java.time.Instant.now())
        context.getBean(ImportRegister).run(importId, zuid(), round, file)
    }

    /** Issues letters and returns name -> printed code, read from the mailing-house CSV in the zip; the zip is deleted. */
    Map<String, String> issue(Round round, byte[] bytes, IssueLetters.Who who = IssueLetters.Who.WITHOUT_CODE) {
        def outcome = context.getBean(IssueLetters).issue(zuid(), round, bytes, who, Optional.empty())
        assert outcome.ok(): outcome.problem()
        try {
            codes(outcome.zip().toFile())
        } finally {
            Files.deleteIfExists(outcome.zip())
        }
    }

    static Map<String, String> codes(File zip) {
        new ZipFile(zip).withCloseable { z ->
            def text = z.getInputStream(z.getEntry(LetterBundle.CSV)).getText('UTF-8').replaceFirst('^\uFEFF', '')
            def records = CSVFormat.DEFAULT.builder().setDelimiter(';' as char).setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(text)).records
            records.collectEntries { [(it.get('naam')): it.get('stemcode')] }
        }
    }
}
