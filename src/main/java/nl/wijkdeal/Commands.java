package nl.wijkdeal;

import nl.wijkdeal.staff.AdminCommand;
import nl.wijkdeal.audit.AuditCommand;
import nl.wijkdeal.result.recount.VerifyCommand;
import nl.wijkdeal.tally.cli.TallyCommand;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The command-line side of the jar: {@code java -jar wijkdeal.jar <command> ...}. Commands run
 * without starting the web service. Later features add theirs here. A command that
 * needs the database gets the application through {@link CommandContext}.
 */
final class Commands {

    interface Command {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("help", (args, out, err) -> help(out));
        COMMANDS.put("tally", TallyCommand::run);
        COMMANDS.put("admin", AdminCommand::run);
        COMMANDS.put("audit", AuditCommand::run);
        COMMANDS.put("verify", VerifyCommand::run);
    }

    private Commands() {
    }

    static boolean handles(String name) {
        return COMMANDS.containsKey(name);
    }

    static int run(String[] args) {
        Command command = COMMANDS.get(args[0]);
        return command.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err);
    }

    private static int help(PrintStream out) {
        out.println("Usage: java -jar wijkdeal.jar [command]");
        out.println("  (no command)   start the web service on http://localhost:8080");
        out.println("  help           this list");
        out.println("  tally FILE.pb  count a Pabulib election (tally --help for the options)");
        out.println("  admin create-user --email E --role R [--area CODE]  create a staff account (admin --help)");
        out.println("  audit verify   check the audit log's hash chain in the database (audit --help)");
        out.println("  verify BUNDLE [--key BASE64]  check a round's published results and recount them (verify --help)");
        return 0;
    }
}
