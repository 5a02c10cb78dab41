package nl.wijkdeal.staff;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.audit.Actor;
import nl.wijkdeal.audit.AuditLog;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Checks e-mail and password, counts failures, locks out guessers and starts a session. */
@Singleton
class LogIn {

    sealed interface Outcome {
    }

    record LoggedIn(Staff staff, String sessionCookie) implements Outcome {
    }

    /** Wrong e-mail or password: deliberately one answer for both, so e-mail addresses cannot be probed. */
    record Refused() implements Outcome {
    }

    record Locked(Instant until) implements Outcome {
    }

    private final StaffAccounts accounts;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final AuditLog audit;
    private final Clock clock;
    /** Checked when the e-mail is unknown, so that a miss takes as long as a wrong password. */
    private final String decoyHash;

    LogIn(StaffAccounts accounts, PasswordHasher hasher, Sessions sessions, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.decoyHash = hasher.hash("decoy password that nobody has");
    }

    @Transactional
    Outcome logIn(String email, String password) {
        Optional<StaffAccounts.Account> found = accounts.byEmail(email);
        if (found.isEmpty()) {
            hasher.matches(password == null ? "" : password, decoyHash);
            audit.append(new Actor(null, "onbekend"), null, "staff.login.failed", null, Map.of());
            return new Refused();
        }
        StaffAccounts.Account account = found.get();
        Staff staff = account.staff();
        Instant now = clock.instant();
        Optional<Instant> locked = LockoutPolicy.lockedUntil(account.lockedUntil(), now);
        if (locked.isPresent()) {
            audit.append(staff.asActor(), null, "staff.login.locked", null, Map.of());
            return new Locked(locked.get());
        }
        if (password == null || !hasher.matches(password, account.passwordHash())) {
            int failures = accounts.recordFailure(staff.id(), LockoutPolicy.FAILURES_BEFORE_LOCK, now.plus(LockoutPolicy.LOCK));
            audit.append(staff.asActor(), null, "staff.login.failed", null, Map.of("failures", Integer.toString(failures)));
            return failures >= LockoutPolicy.FAILURES_BEFORE_LOCK ? new Locked(now.plus(LockoutPolicy.LOCK)) : new Refused();
        }
        accounts.clearFailures(staff.id());
        if (hasher.isOutdated(account.passwordHash())) {
            accounts.setPassword(staff.id(), hasher.hash(password));
        }
        audit.append(staff.asActor(), null, "staff.login", null, Map.of());
        return new LoggedIn(staff, sessions.start(staff.id()));
    }
}
