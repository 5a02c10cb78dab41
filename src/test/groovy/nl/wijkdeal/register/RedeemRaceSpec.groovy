package nl.wijkdeal.register

import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.transaction.TransactionOperations
import io.micronaut.transaction.exceptions.IllegalTransactionStateException
import jakarta.inject.Inject
import nl.wijkdeal.database.Sql
import nl.wijkdeal.round.Phase
import nl.wijkdeal.web.FormData
import spock.lang.Specification
import spock.lang.Timeout

import java.sql.Connection
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

import static nl.wijkdeal.register.TestRegister.file
import static nl.wijkdeal.register.TestRegister.row

/** One resident, fifty passes, fifty tries at once: exactly one vote. */
@MicronautTest(transactional = false)
class RedeemRaceSpec extends Specification {

    @Inject @Client('/') HttpClient http
    @Inject ApplicationContext context
    @Inject Sql sql
    @Inject VerifyVoter verify
    @Inject VoterPasses passes
    @Inject TransactionOperations<Connection> transactions

    TestRegister register() {
        new TestRegister(context, http)
    }

    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    def "fifty passes of one resident redeemed at once: exactly one vote, and then 'already voted'"() {
        given:
        def round = register().round(Phase.VOTING, [name: 'Race'])
        def bytes = file([row('9721AB', 2, '1970-02-01', [naam: 'Racer'])])
        register().importFile(round, bytes)
        String code = register().issue(round, bytes).Racer
        def address = FormData.of([postcode: '9721AB', huisnummer: '2', toevoeging: '', dag: '1', maand: '2', jaar: '1970'])
        List<String> tokens = (0..<50).collect { i ->
            def attempt = new GuessLimits.Attempt(round.id(), "10.50.0.$i", "race-$i")
            def outcome = i % 2 == 0 ? verify.byCode(round, code, attempt) : verify.byAddress(round, address, attempt)
            assert outcome.ok(): outcome.errors()
            outcome.passToken()
        }
        long entryId = sql.one('SELECT id FROM register_entry WHERE round_id = ?', { it.getLong(1) }, round.id()).get()
        assert sql.one('SELECT count(*) FROM voter_pass WHERE entry_id = ?', { it.getInt(1) }, entryId).get() == 50
        def ready = new CountDownLatch(tokens.size())
        def go = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(tokens.size())

        when:
        def futures = tokens.collect { token ->
            pool.submit({
                ready.countDown()
                go.await()
                transactions.executeWrite { status ->
                    def pass = passes.redeem(token)
                    // Holds the row lock a moment longer, so that the others surely queue behind it.
                    sql.one('SELECT pg_sleep(0.05)', { 1 })
                    pass
                }
            } as Callable<Optional<VoterPass>>)
        }
        ready.await()
        go.countDown()
        List<Optional<VoterPass>> results = futures.collect { it.get(60, TimeUnit.SECONDS) }
        pool.shutdown()

        then:
        results.count { it.isPresent() } == 1
        results.find { it.isPresent() }.get().wijk() == 'WK001406'
        sql.one('SELECT status FROM register_entry WHERE id = ?', { it.getString(1) }, entryId).get() == 'VOTED'
        sql.one('SELECT count(*) FROM voter_pass WHERE entry_id = ?', { it.getInt(1) }, entryId).get() == 0
        tokens.every { passes.find(it).isEmpty() }

        and: 'checking again says the vote was cast'
        verify.byCode(round, code, new GuessLimits.Attempt(round.id(), '10.50.1.1', 'after')).errors() ==
                [code: 'vote.error.ALREADY_VOTED']
        verify.byAddress(round, address, new GuessLimits.Attempt(round.id(), '10.50.1.2', 'after-2')).errors() ==
                [postcode: 'vote.error.ALREADY_VOTED']
    }

    def "a redemption outside a transaction is refused: the vote and the ballot go together or not at all"() {
        given:
        def round = register().round(Phase.VOTING, [name: 'Zonder transactie'])
        register().importFile(round, file([row('9721AB', 3, '1970-02-01')]))
        def address = FormData.of([postcode: '9721AB', huisnummer: '3', dag: '1', maand: '2', jaar: '1970'])
        String token = verify.byAddress(round, address, new GuessLimits.Attempt(round.id(), '10.51.0.1', 'tx')).passToken()

        when:
        passes.redeem(token)

        then:
        def refused = thrown(IllegalTransactionStateException)
        refused.message.contains('mandatory')
        sql.one('SELECT status FROM register_entry WHERE round_id = ?', { it.getString(1) }, round.id()).get() == 'ELIGIBLE'
        passes.find(token).isPresent()
    }

    def "a rolled back ballot leaves the vote unused"() {
        given:
        def round = register().round(Phase.VOTING, [name: 'Teruggedraaid'])
        register().importFile(round, file([row('9721AB', 4, '1970-02-01')]))
        def address = FormData.of([postcode: '9721AB', huisnummer: '4', dag: '1', maand: '2', jaar: '1970'])
        String token = verify.byAddress(round, address, new GuessLimits.Attempt(round.id(), '10.52.0.1', 'rb')).passToken()

        when:
        transactions.executeWrite { status ->
            assert passes.redeem(token).isPresent()
            throw new IllegalStateException('the ballot could not be stored')
        }

        then:
        thrown(IllegalStateException)
        sql.one('SELECT status FROM register_entry WHERE round_id = ?', { it.getString(1) }, round.id()).get() == 'ELIGIBLE'
        passes.find(token).isPresent()
        transactions.executeWrite { passes.redeem(token) }.isPresent()
    }
}
