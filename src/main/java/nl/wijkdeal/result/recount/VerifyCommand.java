package nl.wijkdeal.result.recount;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.SortedMap;

/**
 * {@code verify BUNDEL [--key BASE64]}: checks a recount bundle the way anyone outside the municipality
 * can, with nothing but the jar: signature, files, receipts, ballots, and a recount. Runs without the
 * service or a database. The report goes to stdout; usage errors and unreadable input go to stderr.
 */
public final class VerifyCommand {

    static final int OK = 0;
    static final int DIFFERS = 1;
    static final int BAD_INPUT = 2;

    static final String USAGE = """
            Gebruik: verify BUNDEL [--key SLEUTEL]
              Controleert de uitslag van een wijkdeal-ronde: de handtekening, elk bestand, de
              ontvangstbewijzen en de stemmen, en telt de stemmen opnieuw.

              BUNDEL          het zip-bestand (wijkdeal-<ronde>-uitslag.zip) of een map met de uitgepakte bestanden

            Opties:
              --key SLEUTEL   de openbare sleutel van de gemeente (base64, 32 bytes); zonder --key wordt de
                              sleutel uit de bundel zelf gebruikt, vergelijk die dan met die van de gemeente
              --help          deze tekst

            Uitvoer: één regel per controle (OK, FOUT of een melding) en per wijk de uitslag.
            Afsluitcode: 0 alles klopt, 1 iets klopt niet (elke FOUT-regel zegt wat), 2 fout in de
            opties of de bundel is niet te lezen (melding op stderr).
            """;

    private VerifyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; {@code args} excludes the word "verify". Returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String bundle = null;
        Optional<byte[]> key = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> {
                    out.print(USAGE);
                    return OK;
                }
                case "--key" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        return usage(err, "--key mist een waarde");
                    }
                    String value = args[++i];
                    byte[] raw;
                    try {
                        raw = Base64.getDecoder().decode(value.strip());
                    } catch (IllegalArgumentException e) {
                        return usage(err, "--key '" + value + "' is geen base64");
                    }
                    if (raw.length != Ed25519.PUBLIC_KEY_BYTES) {
                        return usage(err, "--key moet een Ed25519-sleutel van " + Ed25519.PUBLIC_KEY_BYTES
                                + " bytes zijn, niet " + raw.length);
                    }
                    key = Optional.of(raw);
                }
                default -> {
                    if (a.startsWith("-")) {
                        return usage(err, "onbekende optie " + a);
                    }
                    if (bundle != null) {
                        return usage(err, "geef één bundel, niet '" + bundle + "' én '" + a + "'");
                    }
                    bundle = a;
                }
            }
        }
        if (bundle == null) {
            return usage(err, "geef de bundel (zip-bestand of map)");
        }
        Path path = Path.of(bundle);
        if (!Files.exists(path)) {
            err.println("verify: bestand of map niet gevonden: " + bundle);
            return BAD_INPUT;
        }
        BundleCheck.Report report;
        try {
            SortedMap<String, byte[]> entries = RecountBundle.read(path);
            report = BundleCheck.check(entries, key);
        } catch (RecountFileException e) {
            err.println("verify: " + e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("verify: kan " + bundle + " niet lezen: " + e.getMessage());
            return BAD_INPUT;
        }
        out.println("Controle van " + bundle);
        for (BundleCheck.Line line : report.lines()) {
            String mark = switch (line.status()) {
                case OK -> "OK    ";
                case FOUT -> "FOUT  ";
                case INFO -> "      ";
            };
            out.println(mark + line.text());
        }
        int differences = report.differences().size();
        if (differences == 0) {
            out.println("Alles klopt.");
            return OK;
        }
        out.println(differences == 1 ? "1 verschil gevonden." : differences + " verschillen gevonden.");
        return DIFFERS;
    }

    private static int usage(PrintStream err, String message) {
        err.println("verify: " + message);
        err.println("Zie: verify --help");
        return BAD_INPUT;
    }
}
