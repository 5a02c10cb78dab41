package nl.wijkdeal.round;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Moves rounds on their dates, every minute. Safe with several instances: each move is a compare
 * and set, so when two instances find the same round due, one moves it and the other finds it
 * moved already. Off with wijkdeal.scheduler.enabled=false (the commands of the jar).
 */
@Singleton
@Requires(property = "wijkdeal.scheduler.enabled", notEquals = "false")
class PhaseSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(PhaseSchedule.class);

    private final CatchUpPhases catchUp;
    private final Clock clock;

    PhaseSchedule(CatchUpPhases catchUp, Clock clock) {
        this.catchUp = catchUp;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${wijkdeal.scheduler.interval:1m}", initialDelay = "5s")
    void tick() {
        run(LocalDate.now(clock));
    }

    /** @return how many rounds this call moved */
    int run(LocalDate today) {
        int moved = catchUp.catchUp(today);
        if (moved > 0) {
            LOG.info("{} round(s) moved to the phase of their dates", moved);
        }
        return moved;
    }
}
