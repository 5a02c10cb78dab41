package nl.wijkdeal.audit;

import nl.wijkdeal.CommandContext;
import nl.wijkdeal.audit.AuditChain.Break;
import nl.wijkdeal.audit.AuditChain.Verdict;

import java.io.PrintStream;

/**
 * {@code java -jar wijkdeal.jar audit verify}: checks the audit log's hash chain in the configured
 * database and says so in one line, in Dutch and English, for an operator or a cron job.
 */
public final class AuditCommand {

    static final int OK = 0;
    static final int BROKEN = 1;
    static final int BAD_USAGE = 2;

    static final String USAGE = """
            Gebruik / usage: audit verify
              Controleert de hashketen van de auditlog in de database (WIJKDEAL_DATABASE_URL enz.).
              Checks the hash chain of the audit log in the database (WIJKDEAL_DATABASE_URL etc.).

            Uitvoer / output: één regel / one line
              OK ... en de laatste hash: vergelijk die met de hash die u eerder buiten de database bewaarde.
              OK ... and the last hash: compare it with the hash you kept outside the database earlier.
              FOUT/BROKEN ... de eerste kapotte regel (volgnummer, tijd, actie) en waarom.
              FOUT/BROKEN ... the first broken entry (seq, time, action) and why.
            Afsluitcode / exit code: 0 in orde / intact, 1 keten kapot / chain broken,
              2 verkeerd gebruik of geen database / wrong usage or no database.
            See docs/operations.md, "Audit log".
            """;

    private AuditCommand() {
    }

    /** Runs the command; {@code args} excludes the word "audit". Returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            out.print(USAGE);
            return OK;
        }
        if (args.length != 1 || !args[0].equals("verify")) {
            err.println("audit: onbekende opdracht / unknown command: " + String.join(" ", args));
            err.println("Zie / see: audit --help");
            return BAD_USAGE;
        }
        return CommandContext.run(err, context -> {
            Verdict verdict = context.getBean(VerifyAudit.class).verify();
            out.println(line(verdict));
            return verdict.intact() ? OK : BROKEN;
        });
    }

    static String line(Verdict verdict) {
        if (verdict.intact()) {
            return "OK: auditlog in orde, " + verdict.checked() + " regels / audit log intact, "
                    + verdict.checked() + " entries; laatste hash / last hash " + verdict.lastHash();
        }
        Break b = verdict.firstBreak();
        return "FOUT / BROKEN: " + where(b) + ": " + why(b) + " (" + verdict.checked()
                + " regels daarvoor in orde / entries before it intact)";
    }

    private static String where(Break b) {
        String seqs = b.lastSeq() == b.seq() ? "regel / entry " + b.seq() : "regels / entries " + b.seq() + "-" + b.lastSeq();
        return switch (b.reason()) {
            case ENTRY_MISSING -> seqs + " (vóór / before " + describe(b) + ")";
            case TAIL_CUT -> seqs + (b.entry() == null ? "" : " (na / after " + describe(b) + ")");
            default -> b.entry() == null ? seqs : describe(b);
        };
    }

    private static String describe(Break b) {
        AuditEntry e = b.entry();
        return "regel / entry " + e.seq() + " " + AuditChain.timestamp(e.at()) + " " + e.action();
    }

    private static String why(Break b) {
        return switch (b.reason()) {
            case CONTENT_CHANGED -> "inhoud gewijzigd na het schrijven / content changed after it was written";
            case LINK_BROKEN -> "volgt niet op de vorige regel, die is herschreven / does not follow the previous entry,"
                    + " which was rewritten";
            case ENTRY_MISSING -> "ontbreekt, verwijderd / missing, deleted";
            case OUT_OF_ORDER -> "dubbel of buiten volgorde / duplicate or out of order";
            case TAIL_CUT -> "ontbreekt aan het eind, afgeknipt / missing at the end, cut off";
            case HEAD_MISMATCH -> "klopt niet met de kop van de keten (audit_head) / does not match the head of the"
                    + " chain (audit_head)";
        };
    }
}
