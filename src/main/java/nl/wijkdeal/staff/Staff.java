package nl.wijkdeal.staff;

import nl.wijkdeal.audit.Actor;

import java.util.Set;

/**
 * The logged-in staff member behind a request. Controllers take it as a parameter; it is only
 * there when the session is valid (see {@link StaffSessionFilter}).
 *
 * @param areas the gebieden this person works in; an admin covers all of them whatever this says
 */
public record Staff(long id, String email, String name, Role role, Set<String> areas) {

    public Staff {
        areas = Set.copyOf(areas);
    }

    public boolean covers(String areaCode) {
        return role == Role.ADMIN || areas.contains(areaCode);
    }

    /** How this person appears in the audit log. */
    public Actor asActor() {
        return new Actor(id, email);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
