package nl.wijkdeal.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Bearer tokens (session cookies, CSRF tokens, the links in mails): 256 random bits, URL-safe
 * Base64 (43 characters). Where a token is stored, only its SHA-256 is: a copy of the database then
 * opens nothing, and 256 random bits need no salt or slow hash.
 */
public final class SecretToken {

    public static final String PATTERN = "[A-Za-z0-9_-]{43}";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretToken() {
    }

    public static String create() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of the token, as stored. */
    public static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Whether a text can be a token at all (checked before any database lookup). */
    public static boolean looksValid(String text) {
        return text != null && text.matches(PATTERN);
    }
}
