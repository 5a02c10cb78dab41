package nl.wijkdeal.staff;

import nl.wijkdeal.CommandContext;

import java.io.Console;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar wijkdeal.jar admin create-user --email ... --role admin}: how the first admin
 * (and any staff member) comes to exist without a default password. The password is generated and
 * printed once, or asked for with --ask-password.
 */
public final class AdminCommand {

    private AdminCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !args[0].equals("create-user")) {
            usage(args.length == 0 || args[0].startsWith("--help") ? out : err);
            return args.length > 0 && args[0].equals("--help") ? 0 : 64;
        }
        String email = null;
        String name = null;
        String role = null;
        boolean ask = false;
        List<String> areas = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--ask-password" -> ask = true;
                case "--email", "--name", "--role", "--area" -> {
                    if (value == null) {
                        err.println(args[i] + " needs a value.");
                        return 64;
                    }
                    switch (args[i]) {
                        case "--email" -> email = value;
                        case "--name" -> name = value;
                        case "--role" -> role = value;
                        default -> areas.add(value);
                    }
                    i++;
                }
                default -> {
                    err.println("Unknown option: " + args[i]);
                    usage(err);
                    return 64;
                }
            }
        }
        if (email == null || role == null) {
            err.println("--email and --role are required.");
            usage(err);
            return 64;
        }
        String password = ask ? ask(err) : null;
        if (ask && password == null) {
            return 64;
        }
        String finalName = name == null ? email : name;
        String finalEmail = email;
        String finalRole = role;
        return CommandContext.run(err, context -> {
            CreateStaffAccount create = context.getBean(CreateStaffAccount.class);
            var request = new CreateStaffAccount.Request(finalEmail, finalName, finalRole, areas);
            var result = password == null ? create.create(request, null) : create.create(request, null, password);
            if (result instanceof CreateStaffAccount.Created created) {
                out.println("Created " + created.staff().role().key() + " " + created.staff().email()
                        + (created.staff().areas().isEmpty() ? "" : " for " + String.join(", ", created.staff().areas())));
                if (password == null) {
                    out.println("Password (shown only now, store it safely): " + created.password());
                }
                return 0;
            }
            ((CreateStaffAccount.Refusal) result).errors().forEach((field, reason) -> err.println(field + ": " + explain(reason)));
            return 1;
        });
    }

    private static String ask(PrintStream err) {
        Console console = System.console();
        if (console == null) {
            err.println("--ask-password needs a terminal; leave it out to get a generated password.");
            return null;
        }
        String first = new String(console.readPassword("New password: "));
        String second = new String(console.readPassword("Repeat: "));
        var problem = PasswordRules.check(first, second, null);
        if (problem.isPresent()) {
            err.println("Password refused: " + problem.get().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " (at least " + PasswordRules.MIN_LENGTH + " characters, typed twice the same).");
            return null;
        }
        return first;
    }

    private static String explain(String reason) {
        return switch (reason) {
            case "staff.error.email" -> "not a valid e-mail address";
            case "staff.error.emailTaken" -> "an account with this e-mail address exists already";
            case "staff.error.name" -> "a name of 1 to 100 characters is needed";
            case "staff.error.role" -> "role must be admin, gebiedsteam or wijkwethouder";
            case "staff.error.areaUnknown" -> "unknown gebied (see /api/v1/areas for the codes)";
            case "staff.error.areaMissing" -> "gebiedsteam and wijkwethouder need at least one --area";
            default -> reason;
        };
    }

    private static void usage(PrintStream out) {
        out.println("Usage: java -jar wijkdeal.jar admin create-user --email E --role admin|gebiedsteam|wijkwethouder");
        out.println("           [--name NAME] [--area CODE]... [--ask-password]");
        out.println("  Creates a staff account. Without --ask-password a password is generated and printed once.");
        out.println("  --area: a gebied code such as zuid (repeat for more); not needed for admin.");
        out.println("  The database comes from WIJKDEAL_DATABASE_URL etc. (with the embedded database, stop the service first).");
    }
}
