package nl.wijkdeal.staff;

import java.util.Locale;
import java.util.Optional;

/** What a staff member may do; gebiedsteam and wijkwethouder work within their gebieden. */
public enum Role {
    /** The whole municipality: every gebied, and the staff accounts. */
    ADMIN,
    /** Configures and runs the rounds of their gebieden. */
    GEBIEDSTEAM,
    /** Reviews the rounds of their gebieden and (later) adopts the outcome; configures nothing. */
    WIJKWETHOUDER,
    /** Helps residents vote at a WIJ-locatie in their gebieden: looks them up, hands them the device. */
    WIJ_TEAM;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Role role : values()) {
            if (role.key().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
