package nl.wijkdeal.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The hash chain of the audit log, pure: no framework, no database, no clock.
 *
 * <p>Every entry's hash is SHA-256 over a canonical encoding of its fields followed by the previous
 * entry's hash (32 zero bytes before the first). Every field is length-prefixed, so no two
 * different entries encode the same ("ab" + "c" is not "a" + "bc", null is not ""). The encoding
 * is written down in docs/operations.md so that an auditor can check a dump with other tools:
 * <pre>
 *   string  = 4-byte big-endian length of its UTF-8 bytes, then the bytes
 *   opt(x)  = 0x00 for null, or 0x01 followed by x
 *   entry   = string("wijkdeal-audit-v1")
 *             8-byte seq
 *             string(at as 2026-05-01T09:30:00.123456Z: UTC, always 6 fraction digits)
 *             opt(8-byte actor_id)  string(actor)  opt(string(area_code))  string(action)
 *             opt(string(subject))
 *             4-byte count of details, then string(key) string(value) per key in the order of the
 *             keys' UTF-8 bytes (unsigned)
 *             4-byte length of prev_hash, then prev_hash
 *   hash    = SHA-256(entry)
 * </pre>
 */
final class AuditChain {

    static final int HASH_BYTES = 32;

    private static final String VERSION = "wijkdeal-audit-v1";
    private static final byte[] GENESIS = new byte[HASH_BYTES];
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private AuditChain() {
    }

    /** The prev_hash of entry 1, and the head of an empty log. */
    static byte[] genesis() {
        return GENESIS.clone();
    }

    /** The hash of an entry that follows an entry with hash {@code prevHash}. */
    static byte[] hash(AuditEntry entry, byte[] prevHash) {
        Encoder out = new Encoder();
        out.string(VERSION);
        out.int64(entry.seq());
        out.string(timestamp(entry.at()));
        if (entry.actorId() == null) {
            out.absent();
        } else {
            out.present();
            out.int64(entry.actorId());
        }
        out.string(entry.actor());
        out.optionalString(entry.areaCode());
        out.string(entry.action());
        out.optionalString(entry.subject());
        List<byte[][]> details = new ArrayList<>();
        for (Map.Entry<String, String> detail : entry.details().entrySet()) {
            details.add(new byte[][] {utf8(detail.getKey()), utf8(detail.getValue())});
        }
        // Unsigned UTF-8 byte order is code point order: the same in every language, unlike Java's
        // String order (UTF-16 units), so another implementation can reproduce it.
        details.sort((a, b) -> Arrays.compareUnsigned(a[0], b[0]));
        out.int32(details.size());
        for (byte[][] detail : details) {
            out.bytes(detail[0]);
            out.bytes(detail[1]);
        }
        out.bytes(prevHash);
        return sha256(out.toByteArray());
    }

    /** The instant as it is hashed and shown: UTC, microseconds. */
    static String timestamp(Instant at) {
        return MICROS.format(at);
    }

    static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    /** Checks a whole chain held in memory; see {@link Verifier} for one that streams. */
    static Verdict verify(List<Link> links, Head head) {
        Verifier verifier = new Verifier(head);
        for (Link link : links) {
            if (!verifier.accept(link)) {
                break;
            }
        }
        return verifier.finish();
    }

    /** An entry as stored: its content, the hash it claims to follow and its own stored hash. */
    record Link(AuditEntry entry, byte[] prevHash, byte[] hash) {
    }

    /** The stored head: how long the chain was when last appended to, and its last hash. */
    record Head(long seq, byte[] hash) {
    }

    /** Why the chain is broken at the entry the verdict names. */
    enum Reason {
        /** The entry's hash does not match its content: a field was changed after it was written. */
        CONTENT_CHANGED,
        /** The entry is intact but does not follow the previous one: an entry before it was rewritten. */
        LINK_BROKEN,
        /** Entries are missing before this one (a gap in seq): they were deleted. */
        ENTRY_MISSING,
        /** The entry comes again or too early: the input is not one chain in seq order. */
        OUT_OF_ORDER,
        /** The head counts more entries than there are: entries were cut off the end. */
        TAIL_CUT,
        /** The last entry does not agree with the head, or lies beyond it: head or tail replaced. */
        HEAD_MISMATCH
    }

    /**
     * The first place where the chain breaks.
     *
     * @param seq      the first seq affected (for missing entries: the first one missing)
     * @param lastSeq  the last seq affected (missing entries come as a range; otherwise = seq)
     * @param entry    the entry where the break shows: the broken entry itself, the entry after a
     *                 gap, or the last entry before a cut tail; null only for a cut tail with no
     *                 entry left at all
     */
    record Break(Reason reason, long seq, long lastSeq, AuditEntry entry) {
    }

    /**
     * The outcome of a check.
     *
     * @param checked    entries found intact (up to the break, if any)
     * @param lastHash   hex hash of the last intact entry (the genesis hash for an empty log)
     * @param firstBreak null when the whole chain and the head agree
     */
    record Verdict(long checked, String lastHash, Break firstBreak) {

        boolean intact() {
            return firstBreak == null;
        }
    }

    /**
     * Checks a chain entry by entry in seq order, holding only the previous hash, so a log of
     * millions of entries can be streamed through it. Stops at the first break.
     */
    static final class Verifier {

        private final Head head;
        private long expectedSeq = 1;
        private byte[] previousHash = GENESIS;
        private AuditEntry lastEntry;
        private Break firstBreak;

        Verifier(Head head) {
            this.head = Objects.requireNonNull(head);
        }

        /** Takes the next entry; false once the chain is broken (the rest need not be read). */
        boolean accept(Link link) {
            if (firstBreak != null) {
                return false;
            }
            AuditEntry entry = link.entry();
            long seq = entry.seq();
            if (seq > expectedSeq) {
                return broken(Reason.ENTRY_MISSING, expectedSeq, seq - 1, entry);
            }
            if (seq < expectedSeq) {
                return broken(Reason.OUT_OF_ORDER, seq, seq, entry);
            }
            // Content first: a changed entry is named itself, not as a broken link of its successor.
            if (!MessageDigest.isEqual(hash(entry, link.prevHash()), link.hash())) {
                return broken(Reason.CONTENT_CHANGED, seq, seq, entry);
            }
            if (!MessageDigest.isEqual(link.prevHash(), previousHash)) {
                return broken(Reason.LINK_BROKEN, seq, seq, entry);
            }
            // An entry the head does not count was not added by the appender, which moves the head.
            if (seq > head.seq()) {
                return broken(Reason.HEAD_MISMATCH, seq, seq, entry);
            }
            expectedSeq = seq + 1;
            previousHash = link.hash();
            lastEntry = entry;
            return true;
        }

        /** The verdict once every entry has been given (or the chain broke). */
        Verdict finish() {
            long checked = expectedSeq - 1;
            if (firstBreak == null) {
                if (head.seq() > checked) {
                    firstBreak = new Break(Reason.TAIL_CUT, expectedSeq, head.seq(), lastEntry);
                } else if (!MessageDigest.isEqual(head.hash(), previousHash)) {
                    firstBreak = new Break(Reason.HEAD_MISMATCH, checked, checked, lastEntry);
                }
            }
            return new Verdict(checked, hex(previousHash), firstBreak);
        }

        private boolean broken(Reason reason, long seq, long lastSeq, AuditEntry entry) {
            firstBreak = new Break(reason, seq, lastSeq, entry);
            return false;
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Length-prefixed fields, big-endian. */
    private static final class Encoder {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

        void int32(int value) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(value).array());
        }

        void int64(long value) {
            out.writeBytes(ByteBuffer.allocate(8).putLong(value).array());
        }

        void absent() {
            out.write(0);
        }

        void present() {
            out.write(1);
        }

        void bytes(byte[] value) {
            int32(value.length);
            out.writeBytes(value);
        }

        void string(String value) {
            bytes(utf8(value));
        }

        void optionalString(String value) {
            if (value == null) {
                absent();
            } else {
                present();
                string(value);
            }
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
