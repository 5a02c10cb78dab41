package nl.wijkdeal.plan;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.web.FormData;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * "Melden": anyone reports a plan or a comment as abuse, without an account; the report goes to the
 * queue of the gebiedsteam of the plan's round. Nothing about the reporter is kept (the spam limit
 * counts a keyed hash of the IP address, for an hour).
 */
@Singleton
class ReportAbuse {

    /** Empty: reported. Otherwise field -> message key. */
    record Result(Map<String, String> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private final ModerationStore store;
    private final SpamLimits limits;
    private final Clock clock;

    ReportAbuse(ModerationStore store, SpamLimits limits, Clock clock) {
        this.store = store;
        this.limits = limits;
        this.clock = clock;
    }

    /** @param comment the comment reported, or null for the plan itself (both live: the caller checked) */
    @Transactional
    Result report(Plan plan, Comment comment, FormData form, String clientAddress) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ModerationRules.Report> report = ModerationRules.report(form, errors);
        if (report.isEmpty()) {
            return new Result(errors);
        }
        Instant now = clock.instant();
        if (!limits.allowReport(clientAddress, now)) {
            return new Result(Map.of("form", "report.error.tooMany"));
        }
        store.addReport(plan.id(), comment == null ? null : comment.id(), report.get(), now);
        return new Result(Map.of());
    }
}
