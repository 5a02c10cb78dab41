package nl.wijkdeal.result.recount;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ontvangstbewijzen.txt}: the SHA-256 of every receipt code of a wijk, lowercase hex, one per
 * line, sorted, LF. A voter hashes their own code and finds it here; sorting hides the order of voting.
 * Published for every wijk, also a small one: a hash of 80 random bits reveals nothing.
 */
public final class ReceiptsFile {

    public static final String NAME = "ontvangstbewijzen.txt";

    private ReceiptsFile() {
    }

    public static byte[] text(List<byte[]> receiptHashes) {
        StringBuilder out = new StringBuilder();
        for (byte[] h : sorted(receiptHashes)) {
            out.append(Sha256.hex(h)).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static List<byte[]> sorted(List<byte[]> receiptHashes) {
        List<byte[]> sorted = new ArrayList<>();
        for (byte[] h : receiptHashes) {
            if (h.length != 32) {
                throw new IllegalArgumentException("een ontvangstbewijs-hash is 32 bytes, niet " + h.length);
            }
            sorted.add(h.clone());
        }
        // Unsigned byte order is the order of the hex text, so the file and the tree agree.
        sorted.sort(Arrays::compareUnsigned);
        return sorted;
    }

    /**
     * Reads the file back for a verifier: every line must be a lowercase 64-character hash, in strictly
     * rising order (sorted and no doubles). The first problem is thrown with its line number.
     */
    public static List<byte[]> parse(byte[] text, String file) {
        String s = new String(text, StandardCharsets.UTF_8);
        List<byte[]> hashes = new ArrayList<>();
        if (s.isEmpty()) {
            return hashes;
        }
        if (!s.endsWith("\n")) {
            throw new RecountFileException(file + ": de laatste regel eindigt niet op een regelovergang (LF)");
        }
        String[] lines = s.substring(0, s.length() - 1).split("\n", -1);
        String previous = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.length() != 64) {
                throw new RecountFileException(file + " regel " + (i + 1) + ": geen SHA-256-hash van 64 tekens: \""
                        + line + "\"");
            }
            byte[] hash;
            try {
                hash = Sha256.unhex(line);
            } catch (IllegalArgumentException e) {
                throw new RecountFileException(file + " regel " + (i + 1) + ": " + e.getMessage());
            }
            if (previous != null && line.compareTo(previous) == 0) {
                throw new RecountFileException(file + " regel " + (i + 1) + ": dubbel ontvangstbewijs " + line);
            }
            if (previous != null && line.compareTo(previous) < 0) {
                throw new RecountFileException(file + " regel " + (i + 1) + ": niet gesorteerd (" + line
                        + " staat na " + previous + ")");
            }
            previous = line;
            hashes.add(hash);
        }
        return hashes;
    }
}
