package nl.wijkdeal.staff;

import java.security.SecureRandom;

/**
 * A password made for someone else (a new account, a reset): shown once to whoever made it, and
 * typed in from paper or a phone, so no look-alike characters (0/O, 1/l/I).
 */
final class GeneratedPassword {

    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPassword() {
    }

    /** 20 characters from 56 in four groups of five: about 116 bits. */
    static String create() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
