package nl.wijkdeal.result.recount;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Merkle tree hashes and inclusion proofs exactly as RFC 9162 (Certificate Transparency 2.0, the same
 * shape as RFC 6962), so any CT library can check our roots and proofs. The 0x00 / 0x01 prefixes keep a
 * leaf from passing for an inner node (second-preimage attacks).
 */
public final class MerkleTree {

    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] data) {
        MessageDigest d = Sha256.digest();
        d.update((byte) 0x00);
        return d.digest(data);
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest d = Sha256.digest();
        d.update((byte) 0x01);
        d.update(left);
        return d.digest(right);
    }

    /** MTH(D[n]); the empty tree is SHA-256 of nothing. */
    public static byte[] root(List<byte[]> leafData) {
        if (leafData.isEmpty()) {
            return Sha256.of(new byte[0]);
        }
        return subtree(hashes(leafData), 0, leafData.size());
    }

    /** The audit path PATH(index, D[n]) of RFC 9162 §2.1.3.1, from the leaf upwards. */
    public static List<byte[]> inclusionProof(List<byte[]> leafData, int index) {
        if (index < 0 || index >= leafData.size()) {
            throw new IndexOutOfBoundsException("leaf " + index + " of a tree of " + leafData.size());
        }
        List<byte[]> path = new ArrayList<>();
        path(hashes(leafData), index, 0, leafData.size(), path);
        return path;
    }

    /**
     * The verification of RFC 9162 §2.1.3.2: does {@code leafData} sit at {@code index} in the tree of
     * {@code size} leaves with this {@code root}, by this {@code path}?
     */
    public static boolean verify(byte[] leafData, long index, long size, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash(leafData);
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    private static byte[][] hashes(List<byte[]> leafData) {
        byte[][] leaves = new byte[leafData.size()][];
        for (int i = 0; i < leaves.length; i++) {
            leaves[i] = leafHash(leafData.get(i));
        }
        return leaves;
    }

    private static byte[] subtree(byte[][] leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves[from];
        }
        int k = split(n);
        return nodeHash(subtree(leaves, from, from + k), subtree(leaves, from + k, to));
    }

    private static void path(byte[][] leaves, int m, int from, int to, List<byte[]> out) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = split(n);
        if (m < k) {
            path(leaves, m, from, from + k, out);
            out.add(subtree(leaves, from + k, to));
        } else {
            path(leaves, m - k, from + k, to, out);
            out.add(subtree(leaves, from, from + k));
        }
    }

    /** The largest power of two smaller than n (n > 1). */
    private static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }
}
