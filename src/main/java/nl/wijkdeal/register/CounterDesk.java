package nl.wijkdeal.register;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.audit.AuditLog;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.round.VerificationRoute;
import nl.wijkdeal.staff.Staff;
import nl.wijkdeal.web.FormData;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The counter at a WIJ-locatie: a staff member has checked the resident's ID and looks them up by
 * the letter's code or by address and date of birth, then lets them vote on the staff device. Every
 * lookup is in the audit log with its answer and the wijk, never who it was; the choices never are.
 */
@Singleton
class CounterDesk {

    static final String ROUTE = "route";

    /** What the lookup found; {@code errors} holds field -> message key when the form itself was wrong. */
    record Lookup(FindVoter.Found found, Map<String, String> errors) {
        boolean ok() {
            return errors.isEmpty() && found.ok();
        }
    }

    private final FindVoter find;
    private final VoterPasses passes;
    private final AuditLog audit;
    private final Clock clock;

    CounterDesk(FindVoter find, VoterPasses passes, AuditLog audit, Clock clock) {
        this.find = find;
        this.passes = passes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Lookup lookUp(Staff staff, Round round, FormData form) {
        Lookup lookup = find(round, form);
        if (lookup.errors().isEmpty()) {
            log(staff, round, "counter.lookup", lookup.found());
        }
        return lookup;
    }

    /**
     * Looks the resident up again (the form carries what was typed) and gives this device a pass:
     * for the resident to vote on (COUNTER), or for staff to enter the paper ballot the resident
     * filled in (PAPER). Either way the one vote is used only when the ballot is stored.
     */
    @Transactional
    Optional<String> pass(Staff staff, Round round, FormData form, VoterPass.Channel channel) {
        Lookup lookup = find(round, form);
        if (round.phase() != Phase.VOTING || !round.settings().routes().contains(VerificationRoute.COUNTER) || !lookup.ok()) {
            return Optional.empty();
        }
        log(staff, round, channel == VoterPass.Channel.PAPER ? "counter.paper" : "counter.pass", lookup.found());
        return Optional.of(passes.create(lookup.found().entry(), lookup.found().codeHash(), channel, clock.instant()));
    }

    Lookup find(Round round, FormData form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if ("code".equals(form.text(ROUTE))) {
            Stemcode.Typed code = Stemcode.read(form.text("code"));
            if (!code.ok()) {
                return new Lookup(null, Map.of("code", "vote.error.code." + code.problem().name()));
            }
            return new Lookup(find.byCode(round, code.code()), Map.of());
        }
        Optional<Resident> resident = AddressForm.read(form, errors);
        return resident.map(r -> new Lookup(find.byAddress(round, r), Map.<String, String>of()))
                .orElse(new Lookup(null, errors));
    }

    private void log(Staff staff, Round round, String action, FindVoter.Found found) {
        audit.append(staff.asActor(), round.areaCode(), action, "round:" + round.id(), Map.of(
                "answer", found.ok() ? "CAN_VOTE" : found.problem().name(),
                "wijk", found.ok() ? found.entry().wijk() : "-"));
    }
}
