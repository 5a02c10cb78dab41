package nl.wijkdeal.register;

import jakarta.inject.Singleton;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.round.VerificationRoute;
import nl.wijkdeal.web.FormData;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A resident proves online that they may vote: with the stemcode from their letter, or with
 * postcode, huisnummer and date of birth. Success gives a {@link VoterPass} for {@value #PASS_MINUTES}
 * minutes, held by the browser as a random token; the code is used up only when the ballot is cast.
 */
@Singleton
class VerifyVoter {

    static final int PASS_MINUTES = 30;

    /**
     * The pass token on success; otherwise field -> message key, and when the limits stopped the
     * check, the moment to try again.
     */
    record Outcome(String passToken, Map<String, String> errors, Instant retryAt) {
        boolean ok() {
            return passToken != null;
        }

        static Outcome error(String field, String key) {
            return new Outcome(null, Map.of(field, key), null);
        }
    }

    private final FindVoter find;
    private final GuessLimits limits;
    private final VoterPasses passes;
    private final Clock clock;

    VerifyVoter(FindVoter find, GuessLimits limits, VoterPasses passes, Clock clock) {
        this.find = find;
        this.limits = limits;
        this.passes = passes;
        this.clock = clock;
    }

    Outcome byCode(Round round, String typed, GuessLimits.Attempt attempt) {
        Optional<Outcome> closed = closed(round, VerificationRoute.STEMCODE);
        if (closed.isPresent()) {
            return closed.get();
        }
        Stemcode.Typed code = Stemcode.read(typed);
        if (!code.ok()) {
            return Outcome.error("code", "vote.error.code." + code.problem().name());
        }
        return check(attempt, "code", () -> find.byCode(round, code.code()));
    }

    Outcome byAddress(Round round, FormData form, GuessLimits.Attempt attempt) {
        Optional<Outcome> closed = closed(round, VerificationRoute.ADDRESS);
        if (closed.isPresent()) {
            return closed.get();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Resident> resident = AddressForm.read(form, errors);
        if (resident.isEmpty()) {
            return new Outcome(null, errors, null);
        }
        return check(attempt, AddressForm.POSTCODE, () -> find.byAddress(round, resident.get()));
    }

    private Outcome check(GuessLimits.Attempt attempt, String field, Supplier<FindVoter.Found> lookup) {
        Instant now = clock.instant();
        Optional<Instant> blocked = limits.blockedUntil(attempt, now);
        if (blocked.isPresent()) {
            return new Outcome(null, Map.of(field, "vote.error.tooMany"), blocked.get());
        }
        FindVoter.Found found = lookup.get();
        if (!found.ok()) {
            if (found.problem().missed()) {
                limits.failed(attempt, now);
            }
            return Outcome.error(field, "vote.error." + found.problem().name());
        }
        return new Outcome(passes.create(found.entry(), found.codeHash(), VoterPass.Channel.ONLINE, now), Map.of(), null);
    }

    /** Not about a field: the page says it above the forms (a form that is off is not shown at all). */
    private static Optional<Outcome> closed(Round round, VerificationRoute route) {
        if (round.phase() != Phase.VOTING) {
            return Optional.of(Outcome.error("form", "vote.error.closed"));
        }
        if (!round.settings().routes().contains(route)) {
            return Optional.of(Outcome.error("form", "vote.error.routeOff"));
        }
        return Optional.empty();
    }
}
