package nl.wijkdeal.tally.pabulib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.wijkdeal.tally.Election;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Writing a real election and reading it back gives the same election, for all 62 files. */
class RoundTripTest {

    static Stream<Path> files() throws IOException, URISyntaxException {
        Path folder = Path.of(RoundTripTest.class.getResource("/pabulib/instances").toURI());
        return Files.list(folder).filter(p -> p.toString().endsWith(".pb")).sorted();
    }

    @ParameterizedTest
    @MethodSource("files")
    void writeThenReadGivesTheSameElection(Path file) throws Exception {
        Election read = PabulibReader.read(file);
        String written = PabulibWriter.toText(read);
        assertEquals(read, PabulibReader.parse(written));
        assertEquals(written, PabulibWriter.toText(PabulibReader.parse(written)));
    }
}
