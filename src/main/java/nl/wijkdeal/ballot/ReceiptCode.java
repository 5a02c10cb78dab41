package nl.wijkdeal.ballot;

import nl.wijkdeal.kernel.Crockford;
import nl.wijkdeal.kernel.SecretToken;

import java.util.Optional;

/**
 * The ontvangstbewijs: 16 random Crockford characters (80 bits) and a check character, printed
 * {@code XXXX-XXXX-XXXX-XXXX-C}. The ballot keeps its SHA-256, which anyone can recompute from the
 * code: with the published list of hashes a voter can see their ballot was counted, and nobody
 * learns what it says. Random, not derived from the stemcode: whoever printed the letters knows the
 * codes, and a derived receipt would let them find a resident's ballot.
 *
 * <p>It is made when the ballot page is first shown and travels in the form, so a double click, a
 * retry or the back button submits the same code: the second submit finds the ballot already stored
 * under it and shows the same receipt, without any stored link between voter and ballot.
 */
public record ReceiptCode(String data) {

    static final int LENGTH = 16;

    public ReceiptCode {
        if (data.length() != LENGTH || !Crockford.inAlphabet(data)) {
            throw new IllegalArgumentException("not 16 receipt characters");
        }
    }

    public static ReceiptCode random() {
        return new ReceiptCode(Crockford.random(LENGTH));
    }

    /** A receipt code as typed or carried in a form, if it is one (check character included). */
    public static Optional<ReceiptCode> read(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String chars = Crockford.normalise(typed);
        if (chars.length() != LENGTH + 1 || !Crockford.inAlphabet(chars)
                || Crockford.check(chars.substring(0, LENGTH)) != chars.charAt(LENGTH)) {
            return Optional.empty();
        }
        return Optional.of(new ReceiptCode(chars.substring(0, LENGTH)));
    }

    public String grouped() {
        return Crockford.grouped(data);
    }

    /** SHA-256 of the 16 characters: what the ballot stores and the results will publish. */
    public byte[] hash() {
        return SecretToken.digest(data);
    }

    @Override
    public String toString() {
        return "ReceiptCode[****]";
    }
}
