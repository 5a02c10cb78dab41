package nl.wijkdeal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the service, in Dutch time: phase dates are calendar days in Groningen, whatever
 * zone the server runs in. Tests replace it to travel in time.
 */
@Factory
class ClockFactory {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @Singleton
    Clock clock() {
        return Clock.system(NETHERLANDS);
    }
}
