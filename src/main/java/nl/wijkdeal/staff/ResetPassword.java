package nl.wijkdeal.staff;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.audit.AuditLog;

import java.util.Map;
import java.util.Optional;

/**
 * "Wachtwoord vergeten? Vraag de beheerder": an admin gives a colleague a new generated password.
 * The old one stops working, every session of the colleague ends and a lock-out is lifted.
 */
@Singleton
class ResetPassword {

    record Reset(Staff staff, String password) {
    }

    private final StaffAccounts accounts;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final AuditLog audit;

    ResetPassword(StaffAccounts accounts, PasswordHasher hasher, Sessions sessions, AuditLog audit) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** @return the new password to show once, or empty when there is no such account */
    @Transactional
    Optional<Reset> reset(Staff admin, long staffId) {
        Optional<StaffAccounts.Account> account = accounts.byId(staffId);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        String password = GeneratedPassword.create();
        accounts.setPassword(staffId, hasher.hash(password));
        accounts.clearFailures(staffId);
        sessions.endAll(staffId);
        audit.append(admin.asActor(), null, "staff.password.reset", "staff:" + staffId,
                Map.of("email", account.get().staff().email()));
        return Optional.of(new Reset(account.get().staff(), password));
    }
}
