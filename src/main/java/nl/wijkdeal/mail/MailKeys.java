package nl.wijkdeal.mail;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.wijkdeal.database.DatabaseMode;
import nl.wijkdeal.database.StartupProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The keyed hashes of mail, from the service's secret ({@code wijkdeal.secret}, env WIJKDEAL_SECRET,
 * at least 32 characters, the same on every instance): an address hash (HMAC), under which opt-outs
 * are stored, and the signature of unsubscribe links, so a link works without a login and cannot be
 * made for someone else's address. Separate keys per purpose are derived from the secret.
 *
 * <p>With the embedded database (development, demo, tests) and no secret, a random one is made at
 * start: links in mails of an earlier run then stop working, which a demo can live with. With an
 * external database the service refuses to start without one: never a secret in the repository.
 */
@Singleton
class MailKeys {

    private static final Logger LOG = LoggerFactory.getLogger(MailKeys.class);
    static final int MIN_SECRET_LENGTH = 32;
    /** Bytes of the link signature: 128 bits are plenty against guessing, and keep links short. */
    private static final int SIGNATURE_BYTES = 16;

    private final byte[] addressKey;
    private final byte[] linkKey;

    MailKeys(@Nullable @Value("${wijkdeal.secret:}") String secret, DatabaseMode database) {
        byte[] master;
        if (secret != null && !secret.isBlank()) {
            if (secret.strip().length() < MIN_SECRET_LENGTH) {
                throw new StartupProblem("WIJKDEAL_SECRET is too short: use at least " + MIN_SECRET_LENGTH
                        + " random characters (e.g. the output of: openssl rand -base64 48).", null);
            }
            master = secret.strip().getBytes(StandardCharsets.UTF_8);
        } else if (database.embedded()) {
            master = new byte[32];
            new SecureRandom().nextBytes(master);
            LOG.warn("No WIJKDEAL_SECRET set: using a random one for this run (unsubscribe links in earlier mails stop working)");
        } else {
            throw new StartupProblem("WIJKDEAL_SECRET is not set. Mail needs it for unsubscribe links and keyed hashes of"
                    + " addresses: set it to at least " + MIN_SECRET_LENGTH + " random characters, the same on every"
                    + " instance (e.g. the output of: openssl rand -base64 48).", null);
        }
        this.addressKey = hmac(master, "wijkdeal mail address v1".getBytes(StandardCharsets.UTF_8));
        this.linkKey = hmac(master, "wijkdeal mail unsubscribe link v1".getBytes(StandardCharsets.UTF_8));
    }

    /** The same for every way of writing the address in upper or lower case. */
    byte[] addressHash(String address) {
        return hmac(addressKey, address.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
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
        return Arrays.copyOf(hmac(linkKey, message), SIGNATURE_BYTES);
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
