package nl.wijkdeal.mail;

import jakarta.inject.Singleton;
import nl.wijkdeal.secret.ServiceKeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The keyed hashes of mail, from the service's secret ({@link ServiceKeys}): an address hash (HMAC),
 * under which opt-outs are stored, and the signature of unsubscribe links, so a link works without a
 * login and cannot be made for someone else's address.
 */
@Singleton
class MailKeys {

    /** Bytes of the link signature: 128 bits are plenty against guessing, and keep links short. */
    private static final int SIGNATURE_BYTES = 16;

    private final byte[] addressKey;
    private final byte[] linkKey;

    MailKeys(ServiceKeys keys) {
        this.addressKey = keys.key("wijkdeal mail address v1");
        this.linkKey = keys.key("wijkdeal mail unsubscribe link v1");
    }

    /** The same for every way of writing the address in upper or lower case. */
    byte[] addressHash(String address) {
        return ServiceKeys.hmac(addressKey, address.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    /** The token of an unsubscribe link: the address hash and a signature over it and the kind. */
    String unsubscribeToken(String kind, byte[] addressHash) {
        byte[] token = Arrays.copyOf(addressHash, addressHash.length + SIGNATURE_BYTES);
        System.arraycopy(signature(kind, addressHash), 0, token, addressHash.length, SIGNATURE_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** @return the address hash of a genuine token for this kind, empty for anything else */
    Optional<byte[]> verify(String kind, String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token == null ? "" : token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != 32 + SIGNATURE_BYTES) {
            return Optional.empty();
        }
        byte[] hash = Arrays.copyOf(bytes, 32);
        byte[] given = Arrays.copyOfRange(bytes, 32, bytes.length);
        return MessageDigest.isEqual(given, signature(kind, hash)) ? Optional.of(hash) : Optional.empty();
    }

    private byte[] signature(String kind, byte[] addressHash) {
        byte[] kindBytes = kind.getBytes(StandardCharsets.UTF_8);
        // Length-prefixed, so no kind and hash can be shifted into another valid pair.
        byte[] message = new byte[1 + kindBytes.length + addressHash.length];
        message[0] = (byte) kindBytes.length;
        System.arraycopy(kindBytes, 0, message, 1, kindBytes.length);
        System.arraycopy(addressHash, 0, message, 1 + kindBytes.length, addressHash.length);
        return Arrays.copyOf(ServiceKeys.hmac(linkKey, message), SIGNATURE_BYTES);
    }

}
