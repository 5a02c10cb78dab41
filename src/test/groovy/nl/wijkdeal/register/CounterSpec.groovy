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
import nl.wijkdeal.web.FormData
import spock.lang.Shared
import spock.lang.Specification

import java.sql.Connection

import static nl.wijkdeal.register.TestRegister.file
import static nl.wijkdeal.register.TestRegister.row

/** The counter at a WIJ-locatie: lookups in the audit log without who it was, passes for the staff device, new codes. */
@MicronautTest(transactional = false)
class CounterSpec extends Specification {

    static final byte[] REGISTER = file([
            row('9721AB', 12, '1970-02-01', [huisletter: 'a', naam: 'Anna']),
            row('9720AA', 8, '1963-11-23', [naam: 'Bram']),
            row('9722CD', 7, '1988-07-14', [naam: 'Cor']),
            row('9723AA', 6, '1999-09-09', [naam: 'Dirk'])])

    @Inject @Client('/') HttpClient http
    @Inject ApplicationContext context
    @Inject Sql sql
    @Inject CounterDesk counter
    @Inject ReplaceCode replaceCode
    @Inject FindVoter find
    @Inject VoterPasses passes
    @Inject TransactionOperations<Connection> transactions

    @Shared Round round
    @Shared Map<String, String> codes

    TestRegister register() {
        new TestRegister(context, http)
    }

    def setup() {
        if (round == null) {
            round = register().round(Phase.VOTING, [name: 'Balie'])
            register().importFile(round, REGISTER)
            codes = register().issue(round, REGISTER)
        }
    }

    static FormData byAddress(String postcode, String number, String day, String month, String year, Map more = [:]) {
        FormData.of([route: 'adres', postcode: postcode, huisnummer: number, dag: day, maand: month, jaar: year] + more)
    }

    static FormData byCode(String code, Map more = [:]) {
        FormData.of([route: 'code', code: code] + more)
    }

    /** The audit entries of the round with this action since {@code seq}: [area, subject, details as JSON text]. */
    List<Map> audit(String action, long since) {
        sql.list('SELECT area_code, subject, details::text FROM audit_entry WHERE action = ? AND subject = ? AND seq > ? ORDER BY seq',
                { rs -> [area: rs.getString(1), subject: rs.getString(2), details: rs.getString(3)] },
                action, 'round:' + round.id(), since)
    }

    long lastSeq() {
        sql.one('SELECT coalesce(max(seq), 0) FROM audit_entry', { it.getLong(1) }).get()
    }

    def "staff look a resident up by address and by code; the audit log has the answer and the wijk, never who"() {
        given:
        long since = lastSeq()

        when:
        def anna = counter.lookUp(register().zuid(), round, byAddress('9721 ab', '12a', '1', '2', '1970'))
        def bram = counter.lookUp(register().zuid(), round, byCode(codes.Bram))
        def nobody = counter.lookUp(register().zuid(), round, byAddress('9721AB', '99', '1', '1', '1980'))
        def typo = counter.lookUp(register().zuid(), round, byCode(codes.Bram[0..-2] + Stemcode.ALPHABET.find { it != codes.Bram[-1] }))
        def entries = audit('counter.lookup', since)

        then:
        anna.ok() && anna.found().entry().wijk() == 'WK001406'
        bram.ok() && bram.found().entry().wijk() == 'WK001405'
        !nobody.ok() && nobody.found().problem() == FindVoter.Problem.NOT_IN_REGISTER
        !typo.ok() && typo.errors() == [code: 'vote.error.code.TYPO']

        and: 'three lookups are logged (the typo looked nothing up)'
        entries*.area == ['zuid', 'zuid', 'zuid']
        entries*.details.collect { new groovy.json.JsonSlurper().parseText(it) } == [
                [answer: 'CAN_VOTE', wijk: 'WK001406'],
                [answer: 'CAN_VOTE', wijk: 'WK001405'],
                [answer: 'NOT_IN_REGISTER', wijk: '-']]
        entries.every { e ->
            ['9721', '9720', '1970', '01-02', '12a', '12A', codes.Bram, codes.Bram.replace('-', '')].every { !e.details.contains(it) }
        }
    }

    def "letting a resident vote gives the staff device a COUNTER pass and is logged"() {
        given:
        long since = lastSeq()

        when:
        def token = counter.pass(register().zuid(), round, byAddress('9722CD', '7', '14', '7', '1988'), VoterPass.Channel.COUNTER)
        def refused = counter.pass(register().zuid(), round, byAddress('9721AB', '98', '1', '1', '1980'), VoterPass.Channel.COUNTER)

        then:
        token.isPresent()
        with(passes.find(token.get()).get()) {
            channel() == VoterPass.Channel.COUNTER
            wijk() == 'WK001406'
            roundId() == round.id()
        }
        refused.isEmpty()
        audit('counter.pass', since)*.details.collect { new groovy.json.JsonSlurper().parseText(it) } == [[answer: 'CAN_VOTE', wijk: 'WK001406']]
        audit('counter.pass', since).every { !it.details.contains('9722') && !it.details.contains('1988') }
    }

    def "a new code revokes the old one at once and comes as a PDF letter"() {
        given:
        String old = codes.Dirk
        long since = lastSeq()

        when:
        def replaced = replaceCode.replace(register().zuid(), round,
                byAddress('9723AA', '6', '9', '9', '1999', [naam: 'D. Dirksen', adres1: 'Straat 6', adres2: '9723 AA Groningen']))

        then:
        replaced.ok()
        replaced.errors() == [:]
        new String(replaced.pdf(), 0, 5, 'US-ASCII') == '%PDF-'
        find.byCode(round, Stemcode.read(old).code()).problem() == FindVoter.Problem.CODE_REVOKED
        String fresh = VerifySpec.codeIn(replaced.pdf())
        find.byCode(round, Stemcode.read(fresh).code()).ok()
        sql.one('SELECT count(*) FROM stemcode s JOIN register_entry e ON e.id = s.entry_id WHERE e.round_id = ? AND s.revoked_on IS NULL',
                { it.getInt(1) }, round.id()).get() == 4
        audit('register.code.replaced', since)*.details == ['{"wijk": "WK001406"}']
    }

    def "a new code needs a name and an address for the letter, and a resident it can find"() {
        expect:
        replaceCode.replace(register().zuid(), round, byCode(codes.Anna)).errors() ==
                [naam: 'register.error.letter.name', adres1: 'register.error.letter.address']
        replaceCode.replace(register().zuid(), round, byAddress('9721AB', '97', '1', '1', '1980', [naam: 'X', adres1: 'Y'])).errors() ==
                [zoeken: 'vote.error.NOT_IN_REGISTER']
        replaceCode.replace(register().zuid(), round, byCode(Stemcode.random().grouped(), [naam: 'X', adres1: 'Y'])).errors() ==
                [zoeken: 'vote.error.CODE_UNKNOWN']
    }

    def "a resident who voted gets no new code"() {
        given:
        def token = counter.pass(register().zuid(), round, byCode(codes.Anna), VoterPass.Channel.COUNTER).get()
        assert transactions.executeWrite { passes.redeem(token) }.isPresent()

        when:
        def byAddressAfter = replaceCode.replace(register().zuid(), round,
                byAddress('9721AB', '12', '1', '2', '1970', [toevoeging: 'A', naam: 'A. Anna', adres1: 'Straat 12a']))
        def byCodeAfter = replaceCode.replace(register().zuid(), round, byCode(codes.Anna, [naam: 'A. Anna', adres1: 'Straat 12a']))

        then:
        !byAddressAfter.ok()
        byAddressAfter.errors() == [zoeken: 'vote.error.ALREADY_VOTED']
        byCodeAfter.errors() == [zoeken: 'vote.error.ALREADY_VOTED']
        counter.lookUp(register().zuid(), round, byCode(codes.Anna)).found().problem() == FindVoter.Problem.ALREADY_VOTED
        sql.one('SELECT count(*) FROM stemcode s JOIN register_entry e ON e.id = s.entry_id WHERE e.round_id = ? AND e.status = \'VOTED\'',
                { it.getInt(1) }, round.id()).get() == 1
    }
}
