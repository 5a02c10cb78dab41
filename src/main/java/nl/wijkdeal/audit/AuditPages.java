package nl.wijkdeal.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import nl.wijkdeal.area.Area;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.staff.AccessPolicy;
import nl.wijkdeal.staff.Authorize;
import nl.wijkdeal.staff.Staff;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit log of one gebied for its staff, and the whole log (with logins and accounts) for the
 * admin: newest first, 50 at a time.
 */
@Hidden
@Controller("/beheer")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditPages {

    static final int PAGE = 50;

    /** @param area null for the whole log; @param prefix of the message keys for title and intro */
    record LogPage(Area area, String prefix, List<Line> lines, Long olderThan) {
    }

    /** @param details sorted, for a stable display */
    record Line(long seq, java.time.Instant at, String actor, String action, String subject, Map<String, String> details) {
    }

    private final AuditLog log;
    private final AreaDirectory areas;

    AuditPages(AuditLog log, AreaDirectory areas) {
        this.log = log;
        this.areas = areas;
    }

    @View("audit/log")
    @Get("/gebieden/{code}/logboek{?voor}")
    LogPage areaLog(Staff staff, String code, @Nullable Long voor) {
        Area area = areas.area(code).orElseThrow(() -> new io.micronaut.http.exceptions.HttpStatusException(
                io.micronaut.http.HttpStatus.NOT_FOUND, "no such gebied"));
        Authorize.require(staff, AccessPolicy.Action.READ_AUDIT_LOG, area.code());
        return page(area, log.ofArea(area.code(), voor, PAGE));
    }

    @View("audit/log")
    @Get("/logboek{?voor}")
    LogPage municipalLog(Staff staff, @Nullable Long voor) {
        Authorize.require(staff, AccessPolicy.Action.READ_MUNICIPAL_AUDIT_LOG, null);
        return page(null, log.all(voor, PAGE));
    }

    private static LogPage page(Area area, List<AuditEntry> entries) {
        List<Line> lines = entries.stream().map(e -> new Line(e.seq(), e.at(), e.actor(), e.action(),
                e.subject() == null ? "" : e.subject(), new TreeMap<>(e.details()))).toList();
        Long older = entries.size() == PAGE ? entries.get(entries.size() - 1).seq() : null;
        return new LogPage(area, area == null ? "audit.all" : "audit", lines, older);
    }
}
