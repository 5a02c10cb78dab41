package nl.wijkdeal.result.recount;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 and lowercase hex, the one way every file of the bundle writes a hash. */
public final class Sha256 {

    private static final HexFormat HEX = HexFormat.of();

    private Sha256() {
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static byte[] of(byte[] data) {
        return digest().digest(data);
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** Lowercase hex to bytes; anything else (upper case, odd length) is refused, since hashes are compared as text. */
    public static byte[] unhex(String hex) {
        if (hex.length() % 2 != 0 || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException("geen hexadecimale hash in kleine letters: \"" + hex + "\"");
        }
        return HEX.parseHex(hex);
    }
}
