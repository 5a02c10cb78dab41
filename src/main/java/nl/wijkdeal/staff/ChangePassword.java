package nl.wijkdeal.staff;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.audit.AuditLog;

import java.util.Map;
import java.util.Optional;

/** A staff member sets a new password; every other session of theirs ends. */
@Singleton
class ChangePassword {

    enum Reason {
        CURRENT_WRONG, NEW_INVALID
    }

    private final StaffAccounts accounts;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final AuditLog audit;

    ChangePassword(StaffAccounts accounts, PasswordHasher hasher, Sessions sessions, AuditLog audit) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** @return what is wrong, or empty when the password was changed */
    @Transactional
    Optional<Reason> change(Staff staff, String sessionCookie, String current, String fresh, String repeat) {
        StaffAccounts.Account account = accounts.byId(staff.id()).orElseThrow();
        if (current == null || !hasher.matches(current, account.passwordHash())) {
            return Optional.of(Reason.CURRENT_WRONG);
        }
        if (PasswordRules.check(fresh, repeat, staff.email()).isPresent()) {
            return Optional.of(Reason.NEW_INVALID);
        }
        accounts.setPassword(staff.id(), hasher.hash(fresh));
        sessions.endOthers(staff.id(), sessionCookie);
        audit.append(staff.asActor(), null, "staff.password.changed", null, Map.of());
        return Optional.empty();
    }
}
