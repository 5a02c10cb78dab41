package nl.wijkdeal.register;

import nl.wijkdeal.kernel.Crockford;

/**
 * A stemcode: 12 random characters of Crockford's Base32 (60 bits) and one check character,
 * printed {@code XXXX-XXXX-XXXX-C}; a resident who types O for 0, I or L for 1, lower case, spaces
 * or no dashes is forgiven ({@link Crockford}).
 *
 * @param data the 12 code characters, upper case, without the check character
 */
public record Stemcode(String data) {

    static final String ALPHABET = Crockford.ALPHABET;
    static final int LENGTH = 12;

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
        if (data.length() != LENGTH || !Crockford.inAlphabet(data)) {
            throw new IllegalArgumentException("not 12 stemcode characters");
        }
    }

    public static Stemcode random() {
        return new Stemcode(Crockford.random(LENGTH));
    }

    /** Reads what a resident typed. */
    public static Typed read(String typed) {
        if (typed == null || typed.isBlank()) {
            return new Typed(null, Problem.EMPTY);
        }
        String chars = Crockford.normalise(typed);
        if (chars.length() != LENGTH + 1) {
            return new Typed(null, Problem.WRONG_LENGTH);
        }
        if (!Crockford.inAlphabet(chars)) {
            return new Typed(null, Problem.WRONG_CHARACTER);
        }
        String data = chars.substring(0, LENGTH);
        if (Crockford.check(data) != chars.charAt(LENGTH)) {
            return new Typed(null, Problem.TYPO);
        }
        return new Typed(new Stemcode(data), null);
    }

    public char check() {
        return Crockford.check(data);
    }

    /** As printed on the letter: {@code XXXX-XXXX-XXXX-C}. */
    public String grouped() {
        return Crockford.grouped(data);
    }

    static char checkCharacter(String data) {
        return Crockford.check(data);
    }

    /** Never the code itself in a log line or an exception. */
    @Override
    public String toString() {
        return "Stemcode[****]";
    }
}
