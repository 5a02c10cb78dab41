package nl.wijkdeal.result;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.audit.AuditLog;
import nl.wijkdeal.result.recount.AdoptedOutcome;
import nl.wijkdeal.result.recount.RuleJson;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.staff.AccessPolicy;
import nl.wijkdeal.staff.Authorize;
import nl.wijkdeal.staff.Staff;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The wijkwethouder adopts (stelt vast) a wijk's result. A computed plan that will not be carried
 * out is a deviation with a written reason; the adopted selection is then the same rule run again
 * without those plans, so the next plan in line goes in exactly as the rule says and anyone can
 * repeat it from the published files. Once adopted, a result does not change.
 */
@Singleton
class AdoptResult {

    sealed interface Outcome permits Adopted, Refused, AlreadyAdopted {
    }

    record Adopted(List<Long> selected) implements Outcome {
    }

    record Refused(List<ResultRules.Problem> problems) implements Outcome {
    }

    record AlreadyAdopted() implements Outcome {
    }

    private final PublicRounds rounds;
    private final ResultStore store;
    private final AuditLog audit;
    private final Clock clock;

    AdoptResult(PublicRounds rounds, ResultStore store, AuditLog audit, Clock clock) {
        this.rounds = rounds;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param deviations plan id -> reason as typed; {@code note}: the decision's explanation, may be blank */
    @Transactional
    Outcome adopt(Staff staff, long roundId, String wijk, Map<String, String> deviations, String note) {
        Round round = rounds.findForStaff(roundId).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, ""));
        Authorize.require(staff, AccessPolicy.Action.ADOPT_RESULTS, round.areaCode());
        ResultStore.Row row = store.lock(roundId, wijk).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, ""));
        if (row.status() != ResultStore.Status.COUNTED) {
            return new AlreadyAdopted();
        }
        Set<String> computed = row.computedSelected().stream().map(String::valueOf).collect(Collectors.toSet());
        List<ResultRules.Problem> problems = ResultRules.checkAdoption(computed, deviations, note);
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        List<Long> selected = deviations.isEmpty() ? row.computedSelected() : rerunWithout(row, deviations.keySet());
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        store.adopt(roundId, wijk, selected, cleanNote, staff.name(), clock.instant());
        new TreeMap<>(deviations).forEach((planId, reason) -> store.deviate(roundId, wijk, Long.parseLong(planId), reason.strip()));
        audit.append(staff.asActor(), round.areaCode(), "result.adopted", "round:" + roundId + "/" + wijk,
                Map.of("deviations", String.join(",", new TreeMap<>(deviations).keySet()),
                        "selected", selected.stream().map(String::valueOf).collect(Collectors.joining(","))));
        return new Adopted(selected);
    }

    private List<Long> rerunWithout(ResultStore.Row row, Set<String> excluded) {
        return AdoptedOutcome.run(store.ballots(row.roundId(), row.wijk()), RuleJson.fromJson(row.ruleJson()), excluded)
                .selected().stream().map(Long::valueOf).toList();
    }
}
