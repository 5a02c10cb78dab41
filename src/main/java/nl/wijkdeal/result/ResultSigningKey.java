package nl.wijkdeal.result;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Base64;
import nl.wijkdeal.database.DatabaseMode;
import nl.wijkdeal.database.StartupProblem;
import nl.wijkdeal.result.recount.Ed25519;
import nl.wijkdeal.secret.ServiceKeys;

/**
 * The key that signs published results ({@code wijkdeal.signing-key}, env WIJKDEAL_SIGNING_KEY: base64
 * of a 32-byte Ed25519 seed, the same on every instance). Its public half is printed on the results
 * page, so residents and journalists can check a bundle with {@code verify --key}.
 *
 * <p>With the embedded database (demo, tests) and no key, it is derived from the service secret, so a
 * demo signs with the same key after a restart. With an external database the service refuses to start
 * without one: a key that silently changed would make every earlier bundle look forged. The key is never
 * logged; {@link #toString()} shows only the fingerprint.
 */
@Singleton
public class ResultSigningKey {

    static final String DERIVED_PURPOSE = "result-signing-key";

    private final Ed25519 key;

    public ResultSigningKey(@Nullable @Value("${wijkdeal.signing-key:}") String configured, DatabaseMode database,
                            ServiceKeys keys) {
        this.key = Ed25519.fromSeed(seed(configured, database, keys));
    }

    static byte[] seed(String configured, DatabaseMode database, ServiceKeys keys) {
        if (configured != null && !configured.isBlank()) {
            byte[] seed;
            try {
                seed = Base64.getDecoder().decode(configured.strip());
            } catch (IllegalArgumentException e) {
                // Not e.getMessage(): it can quote part of the key.
                throw new StartupProblem("WIJKDEAL_SIGNING_KEY is not valid base64. Set it to the base64 of 32 random"
                        + " bytes (e.g. the output of: openssl rand -base64 32).", null);
            }
            if (seed.length != Ed25519.SEED_BYTES) {
                throw new StartupProblem("WIJKDEAL_SIGNING_KEY must decode to " + Ed25519.SEED_BYTES + " bytes, not "
                        + seed.length + ". Set it to the base64 of 32 random bytes (e.g. the output of: openssl rand"
                        + " -base64 32).", null);
            }
            return seed;
        }
        if (database.embedded()) {
            return Arrays.copyOf(keys.key(DERIVED_PURPOSE), Ed25519.SEED_BYTES);
        }
        throw new StartupProblem("WIJKDEAL_SIGNING_KEY is not set. It signs the published results, so anyone can check"
                + " them: set it to the base64 of 32 random bytes, the same on every instance and kept for as long as"
                + " results are online (e.g. the output of: openssl rand -base64 32).", null);
    }

    /** The signer for {@code RecountBundle.write}. */
    public Ed25519 signer() {
        return key;
    }

    public byte[] sign(byte[] message) {
        return key.sign(message);
    }

    /** Base64 of the raw 32-byte public key: what {@code verify --key} takes. */
    public String publicKeyBase64() {
        return key.publicKeyBase64();
    }

    /** {@code ed25519:} and 16 hex digits, to compare by eye. */
    public String fingerprint() {
        return key.fingerprint();
    }

    @Override
    public String toString() {
        return "ResultSigningKey[" + key.fingerprint() + "]";
    }
}
