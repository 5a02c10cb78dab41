package nl.wijkdeal

import com.zaxxer.hikari.HikariDataSource
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource

import javax.sql.DataSource
import java.nio.file.Path
import java.util.concurrent.TimeUnit

/** The jar's main class in a child JVM, the way an operator runs {@code java -jar wijkdeal.jar ...}. */
class JarCommand {

    /** Runs against the test database; @return [exit, out, err] */
    static Map launch(DataSource dataSource, String... args) {
        launchAgainst(dataSource, (DelegatingDataSource.unwrapDataSource(dataSource) as HikariDataSource).jdbcUrl, args)
    }

    static Map launchAgainst(DataSource dataSource, String url, String... args) {
        def pool = DelegatingDataSource.unwrapDataSource(dataSource) as HikariDataSource
        def command = [Path.of(System.getProperty('java.home'), 'bin', 'java').toString(), '-Xmx256m',
                       "-Dwijkdeal.database.url=$url".toString(),
                       "-Dwijkdeal.database.user=${pool.username ?: ''}".toString(),
                       "-Dwijkdeal.database.password=${pool.password ?: ''}".toString(),
                       '-cp', System.getProperty('java.class.path'), Application.name] + args.toList()
        def process = new ProcessBuilder(command).start()
        try {
            def out = new StringBuilder()
            def err = new StringBuilder()
            def reading = [process.consumeProcessOutputStream(out), process.consumeProcessErrorStream(err)]
            assert process.waitFor(90, TimeUnit.SECONDS)
            reading*.join()
            [exit: process.exitValue(), out: out.toString(), err: err.toString()]
        } finally {
            process.destroyForcibly()
        }
    }
}
