package nl.wijkdeal.area;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reads the geography as residents see it: every gebied with its wijken and postcodes. Kept in
 * memory for {@link #FRESH} after a read: every page shows a wijk's name and the geography changes
 * only by an import, so reading it three queries at a time on every request (as the vote benchmark
 * found, twice per vote) buys nothing. An import here is seen at once; one on another instance
 * within {@link #FRESH}.
 */
@Singleton
public class AreaDirectory {

    static final Duration FRESH = Duration.ofSeconds(10);

    private record Snapshot(List<Area> areas, long readAt) {
    }

    private final GeographyReader reader;
    private volatile Snapshot snapshot;

    AreaDirectory(GeographyReader reader) {
        this.reader = reader;
    }

    public List<Area> all() {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current == null || now - current.readAt() > FRESH.toNanos()) {
            current = new Snapshot(reader.read(), now);
            snapshot = current;
        }
        return current.areas();
    }

    /** After an import: the next read goes to the database. */
    void forget() {
        snapshot = null;
    }

    public Optional<Area> area(String code) {
        return all().stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The wijk a PC4 postcode belongs to; the database guarantees at most one. */
    public Optional<String> neighbourhoodOfPostcode(int pc4) {
        return all().stream().flatMap(a -> a.neighbourhoods().stream())
                .filter(n -> n.postcodes().stream().anyMatch(range -> range.contains(pc4)))
                .map(Neighbourhood::cbsCode).findFirst();
    }

    public Optional<Neighbourhood> neighbourhood(String cbsCode) {
        return all().stream().flatMap(a -> a.neighbourhoods().stream())
                .filter(n -> n.cbsCode().equals(cbsCode)).findFirst();
    }
}
