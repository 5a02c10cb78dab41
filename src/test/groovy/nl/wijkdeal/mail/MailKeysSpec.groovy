package nl.wijkdeal.mail

import nl.wijkdeal.database.DatabaseMode
import nl.wijkdeal.database.DatabaseSettings
import nl.wijkdeal.database.StartupProblem
import nl.wijkdeal.secret.ServiceKeys
import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions

/** The secret behind unsubscribe links and address hashes: required in production, never guessable. */
class MailKeysSpec extends Specification {

    static final String SECRET = 'een-geheim-van-minstens-32-tekens-lang!'

    def "with an external database the service needs a secret of at least 32 characters: #secret"() {
        when:
        new ServiceKeys(secret, new DatabaseMode(false), settings(Path.of('target')))

        then:
        def problem = thrown(StartupProblem)
        problem.message.startsWith('WIJKDEAL_SECRET is')

        where:
        secret << [null, '', '   ', 'kort-geheim']
    }

    def "with the embedded database and no secret, one is made, kept in the data folder for the next start, for the service only"() {
        given:
        def folder = Files.createTempDirectory('wijkdeal-secret')
        def elsewhere = Files.createTempDirectory('wijkdeal-secret')

        when:
        def first = new MailKeys(new ServiceKeys('', new DatabaseMode(true), settings(folder)))
        def restarted = new MailKeys(new ServiceKeys(null, new DatabaseMode(true), settings(folder)))
        def other = new MailKeys(new ServiceKeys(null, new DatabaseMode(true), settings(elsewhere)))
        def kept = folder.resolve('service-secret')

        then:
        first.addressHash('a@b.nl') == restarted.addressHash('a@b.nl')
        first.addressHash('a@b.nl') != other.addressHash('a@b.nl')
        Files.exists(kept)
        PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)) == 'rw-------'
    }

    static DatabaseSettings settings(Path folder) {
        new DatabaseSettings(null, null, null, 10, folder.resolve('postgres').toString(), false)
    }

    def "the same secret gives the same hash and links on every instance; case does not matter"() {
        given:
        def one = new MailKeys(new ServiceKeys(SECRET, new DatabaseMode(false), settings(Path.of('target'))))
        def other = new MailKeys(new ServiceKeys(SECRET, new DatabaseMode(false), settings(Path.of('target'))))
        byte[] hash = one.addressHash('Jan@Voorbeeld.nl ')

        expect:
        hash == other.addressHash('jan@voorbeeld.nl')
        hash.length == 32
        other.verify('plan.status', one.unsubscribeToken('plan.status', hash)).get() == hash
    }

    def "a token works only for its own kind and unchanged"() {
        given:
        def keys = new MailKeys(new ServiceKeys(SECRET, new DatabaseMode(false), settings(Path.of('target'))))
        byte[] hash = keys.addressHash('jan@voorbeeld.nl')
        String token = keys.unsubscribeToken('plan.status', hash)
        char[] flipped = token.toCharArray()
        flipped[40] = flipped[40] == 'A' as char ? 'B' as char : 'A' as char

        expect:
        token ==~ /[A-Za-z0-9_-]{64}/
        keys.verify('plan.status', token).present
        !keys.verify('plan.comment', token).present
        !keys.verify('plan.status', new String(flipped)).present
        !keys.verify('plan.status', token.take(60)).present
        !keys.verify('plan.status', 'niet base64 !!').present
        !keys.verify('plan.status', null).present
        !new MailKeys(new ServiceKeys(SECRET.reverse(), new DatabaseMode(false), settings(Path.of('target')))).verify('plan.status', token).present
    }
}
