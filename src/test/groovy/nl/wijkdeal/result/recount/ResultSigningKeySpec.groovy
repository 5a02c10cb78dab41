package nl.wijkdeal.result.recount

import nl.wijkdeal.database.DatabaseMode
import nl.wijkdeal.database.StartupProblem
import nl.wijkdeal.result.ResultSigningKey
import nl.wijkdeal.secret.ServiceKeys
import spock.lang.Specification

class ResultSigningKeySpec extends Specification {

    static final ServiceKeys KEYS = new ServiceKeys('a-test-secret-of-more-than-32-characters-0123', new DatabaseMode(true), null)
    static final String SEED = Base64.encoder.encodeToString((1..32).collect { it as byte } as byte[])

    def "a configured seed is the key"() {
        when:
        def key = new ResultSigningKey(" $SEED\n", new DatabaseMode(false), KEYS)

        then:
        key.publicKeyBase64() == Results.KEY.publicKeyBase64()
        key.fingerprint() == Results.KEY.fingerprint()
        Ed25519.verify(Results.KEY.publicKey(), 'm'.bytes, key.sign('m'.bytes))
        !key.toString().contains(SEED)
    }

    def "without a seed, the embedded database derives one from the service secret, the same every time"() {
        when:
        def first = new ResultSigningKey(configured, new DatabaseMode(true), KEYS)
        def second = new ResultSigningKey(null, new DatabaseMode(true), KEYS)

        then:
        first.publicKeyBase64() == second.publicKeyBase64()
        first.publicKeyBase64() != Results.KEY.publicKeyBase64()
        first.publicKeyBase64() == Ed25519.fromSeed(Arrays.copyOf(KEYS.key('result-signing-key'), 32)).publicKeyBase64()

        where:
        configured << [null, '', '  ']
    }

    def "a bad or missing key stops the start with a clear message that does not quote the key"() {
        when:
        new ResultSigningKey(configured, new DatabaseMode(embedded), KEYS)

        then:
        def e = thrown(StartupProblem)
        e.message.startsWith(start)
        !e.message.contains(configured ?: '#none#')

        where:
        configured                                              | embedded | start
        null                                                    | false    | 'WIJKDEAL_SIGNING_KEY is not set.'
        'not base64!'                                           | true     | 'WIJKDEAL_SIGNING_KEY is not valid base64.'
        Base64.encoder.encodeToString(new byte[16])             | false    | 'WIJKDEAL_SIGNING_KEY must decode to 32 bytes, not 16.'
    }
}
