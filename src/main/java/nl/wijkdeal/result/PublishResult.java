package nl.wijkdeal.result;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.audit.Actor;
import nl.wijkdeal.audit.AuditLog;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.round.RoundPublication;
import nl.wijkdeal.staff.AccessPolicy;
import nl.wijkdeal.staff.Authorize;
import nl.wijkdeal.staff.Staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Publishes an adopted result, now or at a set time (then the schedule publishes it). Publication
 * needs adoption first. When the last wijk of a round is published the round moves on to
 * "uitslag". Compare and set on the status, so the schedule on two instances publishes once.
 */
@Singleton
class PublishResult {

    enum Outcome {
        PUBLISHED, SCHEDULED, NOT_ADOPTED, ALREADY_PUBLISHED, TIME_PASSED
    }

    private final PublicRounds rounds;
    private final ResultStore store;
    private final RoundPublication roundPublication;
    private final AuditLog audit;
    private final Clock clock;

    PublishResult(PublicRounds rounds, ResultStore store, RoundPublication roundPublication, AuditLog audit, Clock clock) {
        this.rounds = rounds;
        this.store = store;
        this.roundPublication = roundPublication;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param at null: now; else the moment to publish, which must lie ahead */
    @Transactional
    Outcome publish(Staff staff, long roundId, String wijk, Instant at) {
        Round round = rounds.findForStaff(roundId).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, ""));
        Authorize.require(staff, AccessPolicy.Action.ADOPT_RESULTS, round.areaCode());
        ResultStore.Row row = store.lock(roundId, wijk).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, ""));
        switch (row.status()) {
            case COUNTED -> {
                return Outcome.NOT_ADOPTED;
            }
            case PUBLISHED -> {
                return Outcome.ALREADY_PUBLISHED;
            }
            default -> {
            }
        }
        Instant now = clock.instant();
        if (at != null && !at.isAfter(now)) {
            return Outcome.TIME_PASSED;
        }
        if (at != null) {
            store.schedulePublication(roundId, wijk, at);
            audit.append(staff.asActor(), round.areaCode(), "result.scheduled", "round:" + roundId + "/" + wijk,
                    Map.of("at", at.toString()));
            return Outcome.SCHEDULED;
        }
        publishNow(round, wijk, staff.asActor(), now);
        return Outcome.PUBLISHED;
    }

    /** For the schedule: publishes an adopted result whose time has come. @return whether this call published it */
    @Transactional
    boolean publishDue(long roundId, String wijk) {
        Round round = rounds.findForStaff(roundId).orElseThrow();
        ResultStore.Row row = store.lock(roundId, wijk).orElseThrow();
        Instant now = clock.instant();
        if (row.status() != ResultStore.Status.ADOPTED || row.publishAt() == null || row.publishAt().isAfter(now)) {
            return false;
        }
        publishNow(round, wijk, Actor.system(), now);
        return true;
    }

    private void publishNow(Round round, String wijk, Actor actor, Instant now) {
        store.publish(round.id(), wijk, now);
        audit.append(actor, round.areaCode(), "result.published", "round:" + round.id() + "/" + wijk, Map.of());
        var results = store.ofRound(round.id());
        if (results.size() == round.settings().budgets().size() && results.stream().allMatch(ResultStore.Row::published)) {
            roundPublication.allResultsPublished(round.id(), actor);
        }
    }
}
