package nl.wijkdeal.secret;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.wijkdeal.database.DatabaseMode;
import nl.wijkdeal.database.DatabaseSettings;
import nl.wijkdeal.database.StartupProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service's secret ({@code wijkdeal.secret}, env WIJKDEAL_SECRET, at least 32 characters, the
 * same on every instance) and the keys derived from it, one per purpose: keyed hashes of e-mail and
 * IP addresses (so tables can count and find them without holding them) and signatures of links.
 *
 * <p>With the embedded database (development, demo, tests) and no secret, a random one is made once
 * and kept next to the database ({@code data/service-secret}, readable by the service's user only),
 * so the register's hashes and the stemcodes of a demo keep working after a restart. With an
 * external database the service refuses to start without one: never a secret in the repository,
 * never a default.
 */
@Singleton
public class ServiceKeys {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceKeys.class);
    public static final int MIN_SECRET_LENGTH = 32;

    private final byte[] master;
    private final Map<String, byte[]> derived = new ConcurrentHashMap<>();

    public ServiceKeys(@Nullable @Value("${wijkdeal.secret:}") String secret, DatabaseMode database,
                       DatabaseSettings settings) {
        if (secret != null && !secret.isBlank()) {
            if (secret.strip().length() < MIN_SECRET_LENGTH) {
                throw new StartupProblem("WIJKDEAL_SECRET is too short: use at least " + MIN_SECRET_LENGTH
                        + " random characters (e.g. the output of: openssl rand -base64 48).", null);
            }
            master = secret.strip().getBytes(StandardCharsets.UTF_8);
        } else if (database.embedded()) {
            master = keptSecret(Path.of(settings.dataDir()).toAbsolutePath().normalize().resolveSibling("service-secret"));
        } else {
            throw new StartupProblem("WIJKDEAL_SECRET is not set. It keys the hashes of e-mail and IP addresses and signs"
                    + " unsubscribe links: set it to at least " + MIN_SECRET_LENGTH + " random characters, the same on every"
                    + " instance (e.g. the output of: openssl rand -base64 48).", null);
        }
    }

    /** The demo's own secret: made on the first start, read on every later one. */
    private static byte[] keptSecret(Path file) {
        try {
            if (Files.exists(file)) {
                byte[] kept = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
                if (kept.length >= MIN_SECRET_LENGTH) {
                    return kept;
                }
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(file.getParent());
            Path written = Files.createTempFile(file.getParent(), "service-secret", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(written, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.warn("No WIJKDEAL_SECRET set: made one for this embedded installation and kept it in {}", file);
            return fresh;
        } catch (IOException | IllegalArgumentException e) {
            throw new StartupProblem("Could not read or write the demo secret " + file + " (" + e.getMessage()
                    + "). Set WIJKDEAL_SECRET, or make the data folder writable.", e);
        }
    }

    /** The key for one purpose (a fixed label such as "wijkdeal mail address v1"): HMAC(secret, label). */
    public byte[] key(String purpose) {
        return derived.computeIfAbsent(purpose, label -> hmac(master, label.getBytes(StandardCharsets.UTF_8))).clone();
    }

    /** HMAC-SHA256 of {@code data} under the key of {@code purpose}. */
    public byte[] hash(String purpose, byte[] data) {
        return hmac(key(purpose), data);
    }

    /** A ready HMAC-SHA256 for one purpose, for callers that hash many values in a row (not thread-safe). */
    public Mac mac(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(purpose), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    public static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
