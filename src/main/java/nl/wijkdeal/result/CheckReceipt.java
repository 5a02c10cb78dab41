package nl.wijkdeal.result;

import jakarta.inject.Singleton;
import nl.wijkdeal.ballot.BallotBox;
import nl.wijkdeal.ballot.ReceiptCode;
import nl.wijkdeal.result.recount.MerkleTree;
import nl.wijkdeal.result.recount.ReceiptsFile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * "Is mijn stem geteld?": from a receipt code to where its ballot is, and once the wijk's result
 * is published, a proof that its hash is a leaf under the signed receipts root. The answer names
 * the wijk and nothing of the ballot: the receipts list is kept apart from the ballots.
 */
@Singleton
class CheckReceipt {

    enum Answer {
        /** Not a receipt code (typo: the check character does not match). */
        NOT_A_CODE,
        /** No ballot with this receipt anywhere. */
        UNKNOWN,
        /** A ballot of another round. */
        OTHER_ROUND,
        /** Stored; the result of its wijk is not published yet. */
        STORED,
        /** In the published count, with the proof. */
        COUNTED
    }

    /** The audit path: the leaf's index among the sorted hashes, the tree size, the siblings, the root. */
    record Proof(String leaf, long index, long size, List<String> path, String root) {
    }

    record Outcome(Answer answer, String wijk, Long otherRoundId, Proof proof) {
    }

    private final BallotBox box;
    private final ResultStore store;

    CheckReceipt(BallotBox box, ResultStore store) {
        this.box = box;
        this.store = store;
    }

    Outcome check(long roundId, String typed) {
        Optional<ReceiptCode> code = ReceiptCode.read(typed);
        if (code.isEmpty()) {
            return new Outcome(Answer.NOT_A_CODE, null, null, null);
        }
        byte[] hash = code.get().hash();
        Optional<BallotBox.Where> where = box.whereIs(hash);
        if (where.isEmpty()) {
            return new Outcome(Answer.UNKNOWN, null, null, null);
        }
        if (where.get().roundId() != roundId) {
            return new Outcome(Answer.OTHER_ROUND, null, where.get().roundId(), null);
        }
        String wijk = where.get().wijk();
        Optional<ResultStore.Row> result = store.find(roundId, wijk).filter(ResultStore.Row::published);
        if (result.isEmpty()) {
            return new Outcome(Answer.STORED, wijk, null, null);
        }
        List<byte[]> leaves = ReceiptsFile.parse(store.receiptsFile(roundId, wijk).getBytes(StandardCharsets.US_ASCII),
                ReceiptsFile.NAME);
        int index = Collections.binarySearch(leaves, hash, Arrays::compareUnsigned);
        if (index < 0) {
            // The receipts list is written from the same ballot rows at the count; a stored ballot that
            // is not in it would mean the count missed it, which must never pass quietly.
            throw new IllegalStateException("receipt stored but not in the counted list of its wijk");
        }
        HexFormat hex = HexFormat.of();
        List<String> path = MerkleTree.inclusionProof(leaves, index).stream().map(hex::formatHex).toList();
        return new Outcome(Answer.COUNTED, wijk, null,
                new Proof(hex.formatHex(hash), index, leaves.size(), path, hex.formatHex(result.get().receiptsRoot())));
    }
}
