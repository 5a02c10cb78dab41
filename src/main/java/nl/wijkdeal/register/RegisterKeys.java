package nl.wijkdeal.register;

import jakarta.inject.Singleton;
import nl.wijkdeal.secret.ServiceKeys;

import javax.crypto.Mac;
import java.nio.charset.StandardCharsets;

/**
 * The keyed hashes the register stores instead of people and codes. The pepper is derived from the
 * service secret (WIJKDEAL_SECRET), which never enters the database: a copy of the tables cannot be
 * turned back into addresses and birth dates by trying them all, nor into codes. Changing the secret
 * during a round makes its register and codes unusable (docs/operations.md).
 */
@Singleton
class RegisterKeys {

    private static final String IDENTITY = "wijkdeal register identity v1";
    private static final String CODE = "wijkdeal stemcode v1";

    // One initialised Mac per thread: an import hashes 200,000 residents, and setting up a Mac each
    // time costs more than the hash itself.
    private final ThreadLocal<Mac> identityMac;
    private final ThreadLocal<Mac> codeMac;

    RegisterKeys(ServiceKeys keys) {
        this.identityMac = ThreadLocal.withInitial(() -> keys.mac(IDENTITY));
        this.codeMac = ThreadLocal.withInitial(() -> keys.mac(CODE));
    }

    /** Includes the round, so the same resident has unrelated hashes in different rounds. */
    byte[] identity(long roundId, Resident resident) {
        return identityMac.get().doFinal((roundId + "|" + resident.canonical()).getBytes(StandardCharsets.UTF_8));
    }

    /** Not per round: a code is found whichever round's page it is typed on, to say it belongs elsewhere. */
    byte[] code(Stemcode code) {
        return codeMac.get().doFinal(code.data().getBytes(StandardCharsets.US_ASCII));
    }
}
