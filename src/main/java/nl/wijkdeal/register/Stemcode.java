package nl.wijkdeal.register;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * A stemcode: 12 random characters of Crockford's Base32 (60 bits) and one check character,
 * printed {@code XXXX-XXXX-XXXX-C}. Crockford's alphabet has no I, L, O or U, so a resident who
 * types O for 0 or I or L for 1 is forgiven, and case does not matter.
 *
 * <p>The check character is Luhn mod 32 over the same alphabet, not Crockford's own mod-37 check
 * symbol: that one needs five extra symbols (* ~ $ = U) that are hard to read aloud and to type on
 * a phone. Luhn mod 32 catches every single wrong character and every swap of two neighbours
 * except that of 0 and Z, the two ends of the alphabet.
 *
 * @param data the 12 code characters, upper case, without the check character
 */
public record Stemcode(String data) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why a typed code is not a stemcode; the page turns it into a sentence. */
    public enum Problem {
        EMPTY, WRONG_LENGTH, WRONG_CHARACTER, TYPO
    }

    /** A typed code read: either a code or a problem. */
    public record Typed(Stemcode code, Problem problem) {
        public boolean ok() {
            return code != null;
        }
    }

    public Stemcode {
        if (data.length() != LENGTH || !data.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not 12 stemcode characters");
        }
    }

    public static Stemcode random() {
        StringBuilder data = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            data.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new Stemcode(data.toString());
    }

    /** Reads what a resident typed: spaces and dashes ignored, any case, O as 0, I and L as 1. */
    public static Typed read(String typed) {
        if (typed == null || typed.isBlank()) {
            return new Typed(null, Problem.EMPTY);
        }
        StringBuilder chars = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2013' || c == '.') {
                continue;
            }
            chars.append(switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            });
        }
        if (chars.length() != LENGTH + 1) {
            return new Typed(null, Problem.WRONG_LENGTH);
        }
        if (!chars.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return new Typed(null, Problem.WRONG_CHARACTER);
        }
        String data = chars.substring(0, LENGTH);
        if (checkCharacter(data) != chars.charAt(LENGTH)) {
            return new Typed(null, Problem.TYPO);
        }
        return new Typed(new Stemcode(data), null);
    }

    public char check() {
        return checkCharacter(data);
    }

    /** As printed on the letter: {@code XXXX-XXXX-XXXX-C}. */
    public String grouped() {
        return data.substring(0, 4) + "-" + data.substring(4, 8) + "-" + data.substring(8, 12) + "-" + check();
    }

    /** Luhn mod N with N = 32: from the right, every second value doubled and its base-32 digits added. */
    static char checkCharacter(String data) {
        int n = ALPHABET.length();
        int factor = 2;
        int sum = 0;
        for (int i = data.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(data.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / n + addend % n;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }

    /** Never the code itself in a log line or an exception. */
    @Override
    public String toString() {
        return "Stemcode[****]";
    }
}
