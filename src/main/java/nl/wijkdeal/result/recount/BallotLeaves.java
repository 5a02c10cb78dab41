package nl.wijkdeal.result.recount;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.wijkdeal.tally.Ballot;
import nl.wijkdeal.tally.Election;

/**
 * The leaves of the two Merkle trees of a wijk. Ballot leaves are made from the parsed ballots, not
 * from the text of stemmen.pb, so the service (which never writes the file for a small wijk) and a
 * verifier (who reads it) get the same root.
 */
public final class BallotLeaves {

    private BallotLeaves() {
    }

    /** One leaf per ballot, in file order: {@code voter_id|ids|points} (points empty for approval). */
    public static List<byte[]> of(Election election) {
        List<byte[]> leaves = new ArrayList<>(election.ballots().size());
        for (Ballot b : election.ballots()) {
            leaves.add(leaf(b));
        }
        return leaves;
    }

    public static byte[] leaf(Ballot b) {
        String points = b.points().stream().map(String::valueOf).collect(Collectors.joining(","));
        return (b.voterId() + "|" + String.join(",", b.projectIds()) + "|" + points).getBytes(StandardCharsets.UTF_8);
    }

    public static String ballotsRoot(Election election) {
        return Sha256.hex(MerkleTree.root(of(election)));
    }

    /** One leaf per receipt hash (the 32 raw bytes), sorted, so the order of voting is not revealed. */
    public static List<byte[]> receipts(List<byte[]> receiptHashes) {
        return ReceiptsFile.sorted(receiptHashes);
    }

    public static String receiptsRoot(List<byte[]> receiptHashes) {
        return Sha256.hex(MerkleTree.root(receipts(receiptHashes)));
    }
}
