package nl.wijkdeal.audit;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.wijkdeal.audit.AuditChain.Link;
import nl.wijkdeal.audit.AuditChain.Verdict;
import nl.wijkdeal.audit.AuditChain.Verifier;

import java.util.List;

/**
 * Checks the whole audit log against its hash chain and its head. Reads in batches, so memory
 * stays flat however long the log grows.
 */
@Singleton
class VerifyAudit {

    static final int BATCH = 10_000;

    private final AuditStore store;

    VerifyAudit(AuditStore store) {
        this.store = store;
    }

    // One snapshot for the head and every batch: entries appended meanwhile are not seen, and the
    // head read first then agrees with the entries read after it.
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    Verdict verify() {
        Verifier verifier = new Verifier(store.head());
        long after = 0;
        while (true) {
            List<Link> batch = store.chain(after, BATCH);
            for (Link link : batch) {
                if (!verifier.accept(link)) {
                    return verifier.finish();
                }
            }
            if (batch.size() < BATCH) {
                return verifier.finish();
            }
            after = batch.get(batch.size() - 1).entry().seq();
        }
    }
}
