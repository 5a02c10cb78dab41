package nl.wijkdeal.result;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.round.PublicRounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Every minute: counts rounds that are past voting but not (fully) counted — closed before this
 * version, or by an instance that died mid-way — and publishes adopted results whose time has come.
 * Both are safe on several instances (a result's primary key; compare and set on its status).
 */
@Singleton
@Requires(property = "wijkdeal.scheduler.enabled", notEquals = "false")
class ResultSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ResultSchedule.class);

    private final ResultStore store;
    private final PublicRounds rounds;
    private final CountVotes countVotes;
    private final PublishResult publishResult;
    private final Clock clock;

    ResultSchedule(ResultStore store, PublicRounds rounds, CountVotes countVotes, PublishResult publishResult, Clock clock) {
        this.store = store;
        this.rounds = rounds;
        this.countVotes = countVotes;
        this.publishResult = publishResult;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${wijkdeal.scheduler.interval:1m}", initialDelay = "7s")
    void tick() {
        for (long roundId : store.roundsToCount()) {
            int counted = countMissing(roundId);
            if (counted > 0) {
                LOG.info("counted {} wijk(en) of round {} after the vote had closed", counted, roundId);
            }
        }
        for (ResultStore.Row due : store.dueForPublication(clock.instant())) {
            if (publishResult.publishDue(due.roundId(), due.wijk())) {
                LOG.info("published the result of round {} {} at its set time", due.roundId(), due.wijk());
            }
        }
    }

    @Transactional
    int countMissing(long roundId) {
        return rounds.findForStaff(roundId).map(countVotes::count).orElse(0);
    }
}
