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

/** The audit log of one gebied, for its staff: newest first, 50 at a time. */
@Hidden
@Controller("/beheer/gebieden/{code}/logboek")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditPages {

    static final int PAGE = 50;

    record LogPage(Area area, List<Line> lines, Long olderThan) {
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
    @Get("{?voor}")
    LogPage log(Staff staff, String code, @Nullable Long voor) {
        Area area = areas.area(code).orElseThrow(() -> new io.micronaut.http.exceptions.HttpStatusException(
                io.micronaut.http.HttpStatus.NOT_FOUND, "no such gebied"));
        Authorize.require(staff, AccessPolicy.Action.READ_AUDIT_LOG, area.code());
        List<AuditEntry> entries = log.ofArea(area.code(), voor, PAGE);
        List<Line> lines = entries.stream().map(e -> new Line(e.seq(), e.at(), e.actor(), e.action(),
                e.subject() == null ? "" : e.subject(), new TreeMap<>(e.details()))).toList();
        Long older = entries.size() == PAGE ? entries.get(entries.size() - 1).seq() : null;
        return new LogPage(area, lines, older);
    }
}
