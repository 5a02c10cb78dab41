package nl.wijkdeal.staff;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.audit.Actor;
import nl.wijkdeal.audit.AuditLog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Creates a staff account with a generated password that is shown once to whoever creates it
 * (admin command, admin page, demo data) and never stored in plain text. There is no default
 * password anywhere.
 */
@Singleton
public class CreateStaffAccount {

    /** What was typed; all text, so a refused form comes back exactly as it was. */
    public record Request(String email, String name, String role, List<String> areas) {
    }

    public sealed interface Result permits Created, Refusal {
    }

    public record Created(Staff staff, String password) implements Result {
    }

    /** Field name -> message key. */
    public record Refusal(Map<String, String> errors) implements Result {
    }

    private final StaffAccounts accounts;
    private final PasswordHasher hasher;
    private final AreaDirectory areas;
    private final AuditLog audit;

    CreateStaffAccount(StaffAccounts accounts, PasswordHasher hasher, AreaDirectory areas, AuditLog audit) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.areas = areas;
        this.audit = audit;
    }

    /** @param by who creates it; null for the command line and demo data */
    @Transactional
    public Result create(Request request, Staff by) {
        return create(request, by, GeneratedPassword.create());
    }

    /** With a chosen password: only for demo data, whose passwords are printed in the README. */
    @Transactional
    public Result create(Request request, Staff by, String password) {
        Map<String, String> errors = new LinkedHashMap<>();
        String email = StaffAccounts.normalise(request.email());
        if (!email.matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+") || email.length() > 200) {
            errors.put("email", "staff.error.email");
        } else if (accounts.exists(email)) {
            errors.put("email", "staff.error.emailTaken");
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            errors.put("name", "staff.error.name");
        }
        var role = Role.parse(request.role());
        if (role.isEmpty()) {
            errors.put("role", "staff.error.role");
        }
        Set<String> chosen = new TreeSet<>(request.areas() == null ? List.of() : request.areas());
        if (chosen.stream().anyMatch(code -> areas.area(code).isEmpty())) {
            errors.put("areas", "staff.error.areaUnknown");
        } else if (role.isPresent() && role.get() != Role.ADMIN && chosen.isEmpty()) {
            errors.put("areas", "staff.error.areaMissing");
        }
        if (!errors.isEmpty()) {
            return new Refusal(errors);
        }
        Set<String> scope = role.get() == Role.ADMIN ? Set.of() : chosen;
        Optional<Long> inserted = accounts.insert(email, name, role.get(), scope, hasher.hash(password));
        if (inserted.isEmpty()) {
            // Someone made this account between the check above and now (two admins at once).
            return new Refusal(Map.of("email", "staff.error.emailTaken"));
        }
        long id = inserted.get();
        Staff staff = new Staff(id, email, name, role.get(), scope);
        audit.append(by == null ? Actor.system() : by.asActor(), null, "staff.created", "staff:" + id,
                Map.of("email", email, "role", role.get().key(), "areas", String.join(",", scope)));
        return new Created(staff, password);
    }
}
