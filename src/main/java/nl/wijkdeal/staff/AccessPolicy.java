package nl.wijkdeal.staff;

/**
 * Who may do what, in one table. Pure: the controllers ask, and turn a refusal into the 403 page.
 */
public final class AccessPolicy {

    /** Things staff do; each one is allowed to a set of roles, within the gebieden they cover. */
    public enum Action {
        /** See the rounds of a gebied, their settings and versions (the WIJ-team: to find the counter). */
        REVIEW_ROUNDS(Role.ADMIN, Role.GEBIEDSTEAM, Role.WIJKWETHOUDER, Role.WIJ_TEAM),
        /** Create and change rounds, move them to another phase. */
        CONFIGURE_ROUNDS(Role.ADMIN, Role.GEBIEDSTEAM),
        /** Read the audit log of a gebied. */
        READ_AUDIT_LOG(Role.ADMIN, Role.GEBIEDSTEAM, Role.WIJKWETHOUDER),
        /** The whole audit log, with the municipality-wide entries (logins, accounts). */
        READ_MUNICIPAL_AUDIT_LOG(Role.ADMIN),
        /** See the mail the service sent or (in demo mode) kept: of a gebied, or of no gebied. */
        READ_SENT_MAIL(Role.ADMIN, Role.GEBIEDSTEAM),
        /**
         * Read the reports of abuse of a gebied and decide on them: hide a plan or comment, show it
         * again, dismiss reports. Not the wijkwethouder: what residents may say stays an official's
         * task at arm's length from politics; every decision is in the audit log they can read.
         */
        MODERATE(Role.ADMIN, Role.GEBIEDSTEAM),
        /** Import the register of a round, print the stemcode letters. */
        MANAGE_REGISTER(Role.ADMIN, Role.GEBIEDSTEAM),
        /**
         * At the counter of a WIJ-locatie: look a resident up (after checking their ID), let them vote
         * on the staff device, revoke a lost code and print a new letter.
         */
        HELP_AT_COUNTER(Role.ADMIN, Role.GEBIEDSTEAM, Role.WIJ_TEAM),
        /**
         * See a wijk's count before it is published: under embargo, so not the WIJ-team, who only
         * need the counter.
         */
        REVIEW_RESULTS(Role.ADMIN, Role.GEBIEDSTEAM, Role.WIJKWETHOUDER),
        /**
         * Adopt (vaststellen) a wijk's result, with deviations and their reasons, and publish it:
         * the wijkwethouder's own decision, so not the gebiedsteam and not the admin.
         */
        ADOPT_RESULTS(Role.WIJKWETHOUDER),
        /** Create staff accounts and give them a new password (municipality-wide, so no gebied). */
        MANAGE_STAFF(Role.ADMIN);

        private final java.util.Set<Role> roles;

        Action(Role... roles) {
            this.roles = java.util.Set.of(roles);
        }
    }

    public enum Verdict {
        ALLOWED, WRONG_ROLE, OTHER_AREA
    }

    private AccessPolicy() {
    }

    /** @param areaCode the gebied the action concerns, or null for municipality-wide actions */
    public static Verdict check(Staff staff, Action action, String areaCode) {
        if (!action.roles.contains(staff.role())) {
            return Verdict.WRONG_ROLE;
        }
        if (areaCode != null && !staff.covers(areaCode)) {
            return Verdict.OTHER_AREA;
        }
        return Verdict.ALLOWED;
    }

    public static boolean allows(Staff staff, Action action, String areaCode) {
        return check(staff, action, areaCode) == Verdict.ALLOWED;
    }
}
