package nl.wijkdeal.round;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.audit.AuditLog;
import nl.wijkdeal.staff.AccessPolicy;
import nl.wijkdeal.staff.Authorize;
import nl.wijkdeal.staff.Staff;
import nl.wijkdeal.web.FormData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes a round. Before voting opens anything may change. After that, a change to the settings
 * that decide the outcome is an amendment: a reason is required, the rules version goes up, and
 * the change is kept with its before and after. Texts stay free.
 */
@Singleton
class ChangeRound {

    sealed interface Result permits Changed, Refused {
    }

    /** @param amendment the new rules version, or 0 when no frozen setting changed */
    record Changed(int amendment) implements Result {
    }

    record Refused(Map<String, String> errors) implements Result {
    }

    private final RoundStore store;
    private final AreaDirectory areas;
    private final AuditLog audit;
    private final Clock clock;
    private final JsonMapper json;

    ChangeRound(RoundStore store, AreaDirectory areas, AuditLog audit, Clock clock, JsonMapper json) {
        this.store = store;
        this.areas = areas;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    @Transactional
    Result change(Staff staff, long roundId, FormData form) {
        Round round = store.lock(roundId).orElseThrow(RoundPagesSupport::notFound);
        Authorize.require(staff, AccessPolicy.Action.CONFIGURE_ROUNDS, round.areaCode());
        RoundFormRules.Reading reading = RoundFormRules.read(form,
                RoundPagesSupport.wijkCodes(areas.area(round.areaCode()).orElseThrow()));
        if (!reading.ok()) {
            return new Refused(reading.errors());
        }
        RoundText text = reading.text().orElseThrow();
        RoundSettings settings = reading.settings().orElseThrow();
        String reason = form.text("reason").strip();
        switch (FreezeRules.check(round.frozen(), round.settings(), settings, reason)) {
            case NEEDS_REASON:
                return new Refused(Map.of("reason", "round.error.reason"));
            case AMENDMENT:
                int version = round.rulesVersion() + 1;
                List<String> changed = FreezeRules.changed(round.settings(), settings);
                store.update(round, text, settings, version, clock.instant());
                store.insertAmendment(round.id(), version, reason, staff.email(), clock.instant(),
                        changes(changed, round.settings(), settings));
                audit.append(staff.asActor(), round.areaCode(), "round.amended", "round:" + round.id(),
                        Map.of("version", Integer.toString(version), "reason", reason, "changed", String.join(",", changed)));
                return new Changed(version);
            default:
                store.update(round, text, settings, round.rulesVersion(), clock.instant());
                audit.append(staff.asActor(), round.areaCode(), "round.changed", "round:" + round.id(),
                        Map.of("changed", String.join(",", FreezeRules.changed(round.settings(), settings))));
                return new Changed(0);
        }
    }

    private String changes(List<String> changed, RoundSettings before, RoundSettings after) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("changed", changed);
        out.put("before", RoundView.settings(before));
        out.put("after", RoundView.settings(after));
        try {
            return json.writeValueAsString(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
