package nl.wijkdeal.database

import nl.wijkdeal.Application
import spock.lang.Specification

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit

/**
 * The service as operators run it, killed the hard way: kill -9 leaves its embedded PostgreSQL
 * running (started detached), and the next start must still come up by itself. And two services on
 * one data folder: the second refuses with a clear line instead of breaking the first.
 */
class HardKillSpec extends Specification {

    Path data = Files.createTempDirectory('wijkdeal-hardkill')
    List<Process> started = []

    def cleanup() {
        started.each { it.destroy(); it.waitFor(30, TimeUnit.SECONDS) }
        data.toFile().deleteDir()
    }

    Process service(int port) {
        def command = [Path.of(System.getProperty('java.home'), 'bin', 'java').toString(), '-Xmx256m',
                       '-cp', System.getProperty('java.class.path'), Application.name]
        def builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("service-${started.size()}.log").toFile())
        builder.environment().putAll([WIJKDEAL_PORT: "$port".toString(), WIJKDEAL_DEMO: 'false',
                                      WIJKDEAL_DATABASE_DATA_DIR: data.resolve('postgres').toString(),
                                      WIJKDEAL_SCHEDULER_ENABLED: 'false'])
        def process = builder.start()
        started << process
        process
    }

    static boolean healthy(int port, int seconds) {
        def client = HttpClient.newHttpClient()
        long until = System.currentTimeMillis() + seconds * 1000L
        while (System.currentTimeMillis() < until) {
            try {
                def answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:$port/health")).build(),
                        HttpResponse.BodyHandlers.ofString())
                if (answer.statusCode() == 200) {
                    return true
                }
            } catch (IOException ignored) {
                // not up yet
            }
            Thread.sleep(250)
        }
        false
    }

    static int freePort() {
        new ServerSocket(0).withCloseable { it.localPort }
    }

    def "after kill -9 the service starts again on its own data, stopping the orphaned PostgreSQL first"() {
        given:
        int port = freePort()
        def first = service(port)
        assert healthy(port, 120)

        when: 'SIGKILL: no shutdown hook runs, the PostgreSQL it started lives on'
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS)

        then:
        Files.exists(data.resolve('postgres/postmaster.pid'))

        when:
        service(port)

        then:
        healthy(port, 90)
        Files.readString(data.resolve('service-1.log')).contains('An embedded PostgreSQL of an earlier run')
    }

    def "a second service on the same data folder refuses to start and leaves the first alone"() {
        given:
        int port = freePort()
        service(port)
        assert healthy(port, 120)

        when:
        def second = service(freePort())
        boolean ended = second.waitFor(60, TimeUnit.SECONDS)

        then:
        ended
        second.exitValue() == 2
        Files.readString(data.resolve('service-1.log')).contains('Another Wijkdeal is running on the embedded database')
        healthy(port, 5)
    }
}
