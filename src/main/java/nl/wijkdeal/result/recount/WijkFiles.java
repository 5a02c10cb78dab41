package nl.wijkdeal.result.recount;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.wijkdeal.tally.Election;

/**
 * The published files of one wijk, by file name: uitslag.json, uitslag.csv, ontvangstbewijzen.txt and,
 * from {@link PublishedResult#MIN_PUBLISHED_BALLOTS} ballots on, stemmen.pb. The same bytes are offered
 * one by one on the results page and under {@code <WIJKCODE>/} in the bundle.
 */
public record WijkFiles(PublishedResult result, SortedMap<String, byte[]> files) {

    public static final String RESULT_JSON = "uitslag.json";

    public WijkFiles {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /**
     * Builds the files and checks them against the result first, so the service can never publish a
     * bundle that its own verify command would reject: the roots, the number of ballots, and whether
     * stemmen.pb is published must agree.
     *
     * @param stemmen       the wijk's election as {@link StemmenFile#election} made it (also when it is not
     *                      published: its root is)
     * @param receiptHashes the SHA-256 of every receipt code of the wijk, in any order
     */
    public static WijkFiles of(PublishedResult result, Election stemmen, List<byte[]> receiptHashes) {
        String ballotsRoot = BallotLeaves.ballotsRoot(stemmen);
        if (!ballotsRoot.equals(result.roots().ballots())) {
            throw new IllegalArgumentException("wijk " + result.wijkCode() + ": de wortel van de stemmen is "
                    + ballotsRoot + ", de uitslag noemt " + result.roots().ballots());
        }
        String receiptsRoot = BallotLeaves.receiptsRoot(receiptHashes);
        if (!receiptsRoot.equals(result.roots().receipts())) {
            throw new IllegalArgumentException("wijk " + result.wijkCode() + ": de wortel van de ontvangstbewijzen is "
                    + receiptsRoot + ", de uitslag noemt " + result.roots().receipts());
        }
        if (stemmen.ballots().size() != result.ballots()) {
            throw new IllegalArgumentException("wijk " + result.wijkCode() + ": " + stemmen.ballots().size()
                    + " stemmen, de uitslag noemt er " + result.ballots());
        }
        boolean publish = result.ballots() >= PublishedResult.MIN_PUBLISHED_BALLOTS;
        if (publish != result.ballotsPublished()) {
            throw new IllegalArgumentException("wijk " + result.wijkCode() + ": ballots_published moet " + publish
                    + " zijn bij " + result.ballots() + " stemmen");
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put(RESULT_JSON, result.toJson());
        files.put(ResultCsv.NAME, ResultCsv.bytes(result));
        files.put(ReceiptsFile.NAME, ReceiptsFile.text(receiptHashes));
        if (publish) {
            files.put(StemmenFile.NAME, StemmenFile.text(stemmen));
        }
        return new WijkFiles(result, files);
    }

    /** The roots of a result, for the service before it writes the result itself. */
    public static PublishedResult.Roots roots(Election stemmen, List<byte[]> receiptHashes) {
        return new PublishedResult.Roots(BallotLeaves.ballotsRoot(stemmen), BallotLeaves.receiptsRoot(receiptHashes));
    }

    public Optional<byte[]> file(String name) {
        return Optional.ofNullable(files.get(name));
    }
}
