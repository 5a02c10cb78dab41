package nl.wijkdeal.round;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.area.Area;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.audit.AuditLog;
import nl.wijkdeal.staff.AccessPolicy;
import nl.wijkdeal.staff.Authorize;
import nl.wijkdeal.staff.Staff;
import nl.wijkdeal.web.FormData;

import java.time.Clock;
import java.util.Map;

/** A gebiedsteam member (or admin) creates a round for their gebied. */
@Singleton
public class CreateRound {

    public sealed interface Result permits Created, Refused {
    }

    public record Created(long id) implements Result {
    }

    public record Refused(Map<String, String> errors) implements Result {
    }

    private final RoundStore store;
    private final AreaDirectory areas;
    private final AuditLog audit;
    private final Clock clock;

    CreateRound(RoundStore store, AreaDirectory areas, AuditLog audit, Clock clock) {
        this.store = store;
        this.areas = areas;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result create(Staff staff, String areaCode, FormData form) {
        Authorize.require(staff, AccessPolicy.Action.CONFIGURE_ROUNDS, areaCode);
        Area area = areas.area(areaCode).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no such gebied"));
        RoundFormRules.Reading reading = RoundFormRules.read(form, RoundPagesSupport.wijkCodes(area));
        if (!reading.ok()) {
            return new Refused(reading.errors());
        }
        long id = store.insert(areaCode, reading.text().orElseThrow(), reading.settings().orElseThrow(), clock.instant());
        audit.append(staff.asActor(), areaCode, "round.created", "round:" + id, Map.of("name", reading.text().orElseThrow().name()));
        return new Created(id);
    }
}
