package nl.wijkdeal.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.audit.AuditLog;
import nl.wijkdeal.web.CookieSettings;

import java.util.Map;

/**
 * At the counter the staff member hands their device to a resident to vote. Their session ends
 * first, server-side: the resident holds a screen that can vote once and reach no staff page. The
 * staff member logs in again to take the device back.
 */
@Singleton
public class HandOverDevice {

    private final Sessions sessions;
    private final AuditLog audit;
    private final CookieSettings cookies;

    HandOverDevice(Sessions sessions, AuditLog audit, CookieSettings cookies) {
        this.sessions = sessions;
        this.audit = audit;
        this.cookies = cookies;
    }

    @Transactional
    public <T> MutableHttpResponse<T> handOver(HttpRequest<?> request, Staff staff, MutableHttpResponse<T> response) {
        sessions.end(StaffSessionFilter.sessionCookie(request, cookies));
        audit.append(staff.asActor(), null, "staff.handover", null, Map.of());
        return response.cookie(cookies.expired(cookies.name(StaffSessionFilter.COOKIE)));
    }
}
