package nl.wijkdeal.kernel;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Codes people read and type: Crockford's Base32 (no I, L, O or U, so a typed O is 0 and a typed I
 * or L is 1, and case does not matter) with a check character by Luhn mod 32 over the same
 * alphabet. Crockford's own mod-37 check symbol needs five extra symbols (* ~ $ = U) that are hard
 * to read aloud and to type on a phone; Luhn mod 32 catches every single wrong character and every
 * swap of two neighbours except that of 0 and Z, the two ends of the alphabet. Used for stemcodes
 * and receipt codes.
 */
public final class Crockford {

    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Crockford() {
    }

    /** {@code length} random characters, 5 bits each. */
    public static String random(int length) {
        StringBuilder chars = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            chars.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return chars.toString();
    }

    /** What a person typed, as code characters: spaces and dashes gone, upper case, O as 0, I and L as 1. */
    public static String normalise(String typed) {
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
        return chars.toString();
    }

    public static boolean inAlphabet(CharSequence chars) {
        return chars.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** Luhn mod N with N = 32: from the right, every second value doubled and its base-32 digits added. */
    public static char check(String data) {
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

    /** The data in groups of four, then the check character: {@code XXXX-XXXX-XXXX-C}. */
    public static String grouped(String data) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < data.length(); i += 4) {
            out.append(data, i, Math.min(data.length(), i + 4)).append('-');
        }
        return out.append(check(data)).toString();
    }
}
