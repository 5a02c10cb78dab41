package nl.wijkdeal.register

import com.lowagie.text.pdf.PdfReader
import com.lowagie.text.pdf.parser.PdfTextExtractor
import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import nl.wijkdeal.database.Sql
import nl.wijkdeal.kernel.SecretToken
import nl.wijkdeal.round.Phase
import nl.wijkdeal.round.Round
import nl.wijkdeal.web.FormData
import spock.lang.Shared
import spock.lang.Specification

import java.time.Duration
import java.time.Instant

import static nl.wijkdeal.register.TestRegister.file
import static nl.wijkdeal.register.TestRegister.row

/**
 * A resident proves they may vote, by the letter's code or by address and date of birth, on the
 * real database; and the limits that make guessing futile. Every feature uses its own fake IP
 * addresses and browser ids, so the limits of one never count for another.
 */
@MicronautTest(transactional = false)
class VerifySpec extends Specification {

    static final byte[] REGISTER = file([
            row('9721AB', 2, '01-02-1970', [huisletter: 'a', naam: 'Alice']),
            row('9720AA', 1, '1980-01-01', [naam: 'Bob']),
            row('9722CD', 3, '1990-01-01', [toevoeging: '2', naam: 'Carol']),
            row('9723AA', 4, '1975-05-05', [naam: 'Dave']),
            row('9723AA', 5, '1975-05-05', [naam: 'Erin'])])

    @Inject @Client('/') HttpClient http
    @Inject ApplicationContext context
    @Inject Sql sql
    @Inject VerifyVoter verify
    @Inject FindVoter find
    @Inject VoterPasses passes
    @Inject ReplaceCode replaceCode

    @Shared Round round
    @Shared Map<String, String> codes

    TestRegister register() {
        new TestRegister(context, http)
    }

    def setup() {
        if (round == null) {
            round = register().round(Phase.VOTING)
            assert round.phase() == Phase.VOTING
            register().importFile(round, REGISTER)
            codes = register().issue(round, REGISTER)
        }
    }

    static GuessLimits.Attempt from(Round round, String ip, String browser = 'browser-' + ip) {
        new GuessLimits.Attempt(round.id(), ip, browser)
    }

    static FormData address(String postcode, String number, String day, String month, String year, String addition = '') {
        FormData.of([postcode: postcode, huisnummer: number, toevoeging: addition, dag: day, maand: month, jaar: year])
    }

    long entryOf(String token) {
        sql.one('SELECT entry_id FROM voter_pass WHERE token_hash = ?', { it.getLong(1) }, [SecretToken.digest(token)] as Object[]).get()
    }

    /** The fixed one-minute windows of the limits: start a burst well inside one. */
    static void awayFromTheEndOfAMinute() {
        long second = Instant.now().epochSecond % 60
        if (second >= 45) {
            Thread.sleep((61 - second) * 1000)
        }
    }

    def "every resident of the register got a letter with a code"() {
        expect:
        codes.keySet() == ['Alice', 'Bob', 'Carol', 'Dave', 'Erin'] as Set
        codes.values().every { Stemcode.read(it).ok() && it ==~ /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/ }
        codes.values().toSet().size() == 5
    }

    def "the letter's code gives a pass for the resident's wijk"() {
        when:
        Instant before = Instant.now()
        def alice = verify.byCode(round, codes.Alice, from(round, '10.1.0.1'))
        def bob = verify.byCode(round, codes.Bob.toLowerCase().replace('-', ' '), from(round, '10.1.0.2'))

        then:
        alice.ok() && alice.errors() == [:] && alice.retryAt() == null
        SecretToken.looksValid(alice.passToken())
        with(passes.find(alice.passToken()).get()) {
            roundId() == round.id()
            wijk() == 'WK001406'
            channel() == VoterPass.Channel.ONLINE
            !expiresAt().isBefore(before.plus(Duration.ofMinutes(VerifyVoter.PASS_MINUTES)))
            expiresAt().isBefore(Instant.now().plus(Duration.ofMinutes(VerifyVoter.PASS_MINUTES + 1)))
        }
        bob.ok()
        passes.find(bob.passToken()).get().wijk() == 'WK001405'

        and: 'a token that is no pass finds nothing'
        passes.find(SecretToken.create()).isEmpty()
        passes.find('kapot').isEmpty()
        passes.find(null).isEmpty()
    }

    def "a wrong check character is a typo, told without a lookup: #kind is #key"() {
        given:
        String code = codes.Carol
        String wrong = code[0..-2] + Stemcode.ALPHABET.find { it != code[-1] }
        String typed = kind == 'typo' ? wrong : kind == 'short' ? code[0..-3] : kind == 'U' ? code[0..-2] + 'U' : ''

        when:
        def outcome = verify.byCode(round, typed, from(round, '10.1.1.1'))

        then:
        !outcome.ok()
        outcome.errors() == [code: key]
        outcome.retryAt() == null

        where:
        kind    || key
        'typo'  || 'vote.error.code.TYPO'
        'short' || 'vote.error.code.WRONG_LENGTH'
        'U'     || 'vote.error.code.WRONG_CHARACTER'
        'empty' || 'vote.error.code.EMPTY'
    }

    def "typos cost nothing: ten of them and the right code still works"() {
        given:
        def attempt = from(round, '10.1.2.1')
        String code = codes.Carol
        String wrong = code[0..-2] + Stemcode.ALPHABET.find { it != code[-1] }

        expect:
        (1..10).every { verify.byCode(round, wrong, attempt).errors() == [code: 'vote.error.code.TYPO'] }
        verify.byCode(round, code, attempt).ok()
    }

    def "a code nobody has, and a code of another round, are told apart"() {
        given:
        def other = register().round(Phase.VOTING, [name: 'Andere ronde'])
        register().importFile(other, REGISTER)
        def otherCodes = register().issue(other, REGISTER)

        expect:
        verify.byCode(round, Stemcode.random().grouped(), from(round, '10.1.3.1')).errors() == [code: 'vote.error.CODE_UNKNOWN']
        verify.byCode(round, otherCodes.Alice, from(round, '10.1.3.2')).errors() == [code: 'vote.error.CODE_OTHER_ROUND']
        verify.byCode(other, otherCodes.Alice, from(other, '10.1.3.3')).ok()
        verify.byCode(other, codes.Alice, from(other, '10.1.3.4')).errors() == [code: 'vote.error.CODE_OTHER_ROUND']
    }

    def "a replaced code stops at once, with the passes made with it, and the new letter's code works"() {
        given:
        String old = codes.Dave
        String earlierPass = verify.byCode(round, old, from(round, '10.1.4.1')).passToken()
        assert passes.find(earlierPass).isPresent()

        when:
        def replaced = replaceCode.replace(register().zuid(), round,
                FormData.of([route: 'code', code: old, naam: 'D. Dave', adres1: 'Straat 4', adres2: '9723 AA Groningen']))
        String fresh = codeIn(replaced.pdf())

        then:
        replaced.ok()
        fresh != old
        verify.byCode(round, old, from(round, '10.1.4.2')).errors() == [code: 'vote.error.CODE_REVOKED']
        passes.find(earlierPass).isEmpty()
        def now = verify.byCode(round, fresh, from(round, '10.1.4.3'))
        now.ok()
        passes.find(now.passToken()).get().wijk() == 'WK001406'
    }

    static String codeIn(byte[] pdf) {
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1)
        def codes = (text =~ /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/).collect { it }.unique()
        assert codes.size() == 1: text
        codes[0]
    }

    def "letters for everyone revoke every earlier code; each new code works"() {
        given:
        def again = register().round(Phase.VOTING, [name: 'Nieuwe brieven'])
        register().importFile(again, REGISTER)
        def first = register().issue(again, REGISTER)

        when:
        def second = register().issue(again, REGISTER, IssueLetters.Who.EVERYONE)

        then:
        second.keySet() == first.keySet()
        first.every { name, code -> second[name] != code }
        first.values().withIndex().every { code, i ->
            verify.byCode(again, code, from(again, "10.1.5.$i")).errors() == [code: 'vote.error.CODE_REVOKED']
        }
        second.values().withIndex().every { code, i -> verify.byCode(again, code, from(again, "10.1.6.$i")).ok() }
        sql.one('SELECT count(*) FROM stemcode WHERE round_id = ? AND revoked_on IS NULL', { it.getInt(1) }, again.id()).get() == 5
    }

    def "address and date of birth find the same resident as the code, however written"() {
        when:
        def byCode = verify.byCode(round, codes.Alice, from(round, '10.1.7.1'))
        def byAddress = verify.byAddress(round, form, from(round, '10.1.7.2'))

        then:
        byAddress.ok()
        passes.find(byAddress.passToken()).get().wijk() == 'WK001406'
        entryOf(byAddress.passToken()) == entryOf(byCode.passToken())

        where:
        form << [address('9721AB', '2a', '1', '2', '1970'),
                 address('9721 ab', '2 A', '01', '02', '1970'),
                 address('9721ab', '2', '1', '2', '1970', 'a')]
    }

    def "by address: #why"() {
        given:
        def firstDay = round.settings().startOf(Phase.VOTING)
        def young = firstDay.minusYears(round.settings().minimumAge()).plusDays(1)
        def forms = [
                tooYoung  : address('9721AB', '9', "$young.dayOfMonth", "$young.monthValue", "$young.year"),
                outside   : address('9711AA', '1', '1', '1', '1980'),
                nowhere   : address('9999AA', '1', '1', '1', '1980'),
                notThere  : address('9721ZZ', '99', '1', '1', '1980'),
                wrongDate : address('9721AB', '2a', '2', '1', '1970'),
                badFields : address('abc', '', '31', '4', '2000')]

        expect:
        verify.byAddress(round, forms[why], from(round, '10.1.8.' + forms.keySet().toList().indexOf(why))).errors() == errors

        where:
        why         || errors
        'tooYoung'  || [postcode: 'vote.error.TOO_YOUNG']
        'outside'   || [postcode: 'vote.error.OUTSIDE_ROUND']
        'nowhere'   || [postcode: 'vote.error.OUTSIDE_ROUND']
        'notThere'  || [postcode: 'vote.error.NOT_IN_REGISTER']
        'wrongDate' || [postcode: 'vote.error.NOT_IN_REGISTER']
        'badFields' || [postcode: 'vote.error.postcode', huisnummer: 'vote.error.houseNumber.missing', geboortedatum: 'vote.error.birthDate']
    }

    def "five failed lookups in a minute from one browser stop the sixth, even with the right code; another address is not stopped"() {
        given:
        awayFromTheEndOfAMinute()
        def guesser = from(round, '10.2.0.1', 'browser-guesser')

        when:
        def misses = (1..GuessLimits.PER_MINUTE).collect { verify.byCode(round, Stemcode.random().grouped(), guesser) }
        Instant now = Instant.now()
        def sixth = verify.byCode(round, codes.Erin, guesser)

        then:
        GuessLimits.PER_MINUTE == 5
        misses.every { it.errors() == [code: 'vote.error.CODE_UNKNOWN'] && it.retryAt() == null }
        !sixth.ok()
        sixth.errors() == [code: 'vote.error.tooMany']
        sixth.retryAt() != null
        sixth.retryAt().isAfter(now)
        !sixth.retryAt().isAfter(now.plusSeconds(60))

        and: 'the address check from that browser is stopped too'
        verify.byAddress(round, address('9721AB', '2a', '1', '2', '1970'), guesser).errors() == [postcode: 'vote.error.tooMany']

        and: 'the same browser on another address is stopped; another browser on another address is not'
        verify.byCode(round, codes.Erin, from(round, '10.2.0.2', 'browser-guesser')).errors() == [code: 'vote.error.tooMany']
        verify.byCode(round, codes.Erin, from(round, '10.2.0.3', 'browser-neighbour')).ok()

        and: 'the limits are per round'
        def elsewhere = register().round(Phase.VOTING, [name: 'Andere ronde, zelfde browser'])
        verify.byCode(elsewhere, Stemcode.random().grouped(), from(elsewhere, '10.2.0.1', 'browser-guesser')).errors() ==
                [code: 'vote.error.CODE_UNKNOWN']
    }

    def "an IP address shared by many browsers has a higher limit, which a script dropping its cookies meets all the same"() {
        given:
        awayFromTheEndOfAMinute()
        String ip = '10.2.2.1'

        when:
        def misses = (1..GuessLimits.IP_PER_MINUTE).collect { i ->
            verify.byCode(round, Stemcode.random().grouped(), i % 2 ? from(round, ip, "fresh-cookie-$i") : new GuessLimits.Attempt(round.id(), ip, null))
        }
        def next = verify.byCode(round, codes.Erin, from(round, ip, 'yet-another-cookie'))

        then:
        GuessLimits.IP_PER_MINUTE > GuessLimits.PER_MINUTE
        misses.every { it.errors() == [code: 'vote.error.CODE_UNKNOWN'] }
        next.errors() == [code: 'vote.error.tooMany']
        next.retryAt() != null
        verify.byCode(round, codes.Erin, new GuessLimits.Attempt(round.id(), ip, null)).errors() == [code: 'vote.error.tooMany']

        and: 'another address is not stopped'
        verify.byCode(round, codes.Erin, new GuessLimits.Attempt(round.id(), '10.2.2.2', null)).ok()
    }

    def "failed address checks count as well"() {
        given:
        awayFromTheEndOfAMinute()
        def guesser = from(round, '10.2.1.1')

        expect:
        (1..5).every { verify.byAddress(round, address('9721ZZ', "$it", '1', '1', '1980'), guesser).errors() == [postcode: 'vote.error.NOT_IN_REGISTER'] }
        verify.byAddress(round, address('9721AB', '2a', '1', '2', '1970'), guesser).errors() == [postcode: 'vote.error.tooMany']
    }

    def "10,000 random codes: not one is accepted"() {
        when:
        def answers = (1..10_000).collect { find.byCode(round, Stemcode.random()).problem() }

        then:
        answers.countBy { it } == [(FindVoter.Problem.CODE_UNKNOWN): 10_000]
    }

    def "outside voting, or with the route off, nothing is looked up"() {
        given:
        def ideas = new Round(round.id(), round.areaCode(), round.text(), round.settings(), Phase.IDEAS,
                round.rulesVersion(), round.frozenAt())
        def codeOnly = register().round(Phase.VOTING, [name: 'Alleen stemcodes', route: ['stemcode']])

        expect:
        verify.byCode(ideas, codes.Alice, from(round, '10.3.0.1')).errors() == [form: 'vote.error.closed']
        verify.byAddress(ideas, address('9721AB', '2a', '1', '2', '1970'), from(round, '10.3.0.1')).errors() == [form: 'vote.error.closed']
        verify.byAddress(codeOnly, address('9721AB', '2a', '1', '2', '1970'), from(codeOnly, '10.3.0.2')).errors() == [form: 'vote.error.routeOff']
    }
}
