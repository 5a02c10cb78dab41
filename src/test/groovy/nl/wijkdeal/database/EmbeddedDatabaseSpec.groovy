package nl.wijkdeal.database

import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path
import java.sql.DriverManager

/** The embedded PostgreSQL keeps its data in its folder: a restart finds everything back. */
class EmbeddedDatabaseSpec extends Specification {

    @TempDir Path folder

    def "data written before a restart is there after it"() {
        given:
        def dir = folder.resolve('postgres')
        def url = EmbeddedDatabase.start(dir, false)
        DriverManager.getConnection(url).withCloseable { c ->
            c.createStatement().execute('CREATE TABLE kept (word text)')
            c.createStatement().execute("INSERT INTO kept VALUES ('bewaard')")
        }

        when:
        EmbeddedDatabase.stop(dir)
        def again = EmbeddedDatabase.start(dir, false)

        then:
        DriverManager.getConnection(again).withCloseable { c ->
            def rs = c.createStatement().executeQuery('SELECT word FROM kept')
            rs.next() && rs.getString(1) == 'bewaard'
        }

        cleanup:
        EmbeddedDatabase.stop(dir)
    }

    def "a folder that cannot be used gives one clear sentence that points to an external database"() {
        given:
        def file = folder.resolve('not-a-folder')
        file.toFile().text = 'x'

        when:
        EmbeddedDatabase.start(file, false)

        then:
        def e = thrown(StartupProblem)
        e.message.startsWith('Could not start the embedded PostgreSQL in ' + file)
        e.message.contains('WIJKDEAL_DATABASE_URL')
    }
}
