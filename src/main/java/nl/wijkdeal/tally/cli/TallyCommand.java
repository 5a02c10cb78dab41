package nl.wijkdeal.tally.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.wijkdeal.tally.BallotReading;
import nl.wijkdeal.tally.Completion;
import nl.wijkdeal.tally.Election;
import nl.wijkdeal.tally.Explanation;
import nl.wijkdeal.tally.Outcome;
import nl.wijkdeal.tally.Rule;
import nl.wijkdeal.tally.RuleSettings;
import nl.wijkdeal.tally.Tally;
import nl.wijkdeal.tally.TieBreak;
import nl.wijkdeal.tally.Utility;
import nl.wijkdeal.tally.pabulib.PabulibException;
import nl.wijkdeal.tally.pabulib.PabulibReader;

/**
 * {@code tally FILE.pb --rule ...}: recounts a Pabulib file and prints one JSON object. Usage errors and
 * broken files go to stderr with exit code 2 and nothing on stdout, so the output can be piped safely.
 */
public final class TallyCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    static final String USAGE = """
            Gebruik: tally BESTAND.pb [opties]
              Telt de stemmen in een Pabulib-bestand (.pb) opnieuw en schrijft één JSON-object.

            Opties:
              --rule greedy|greedy-no-skip|top-n|mes     de regel (standaard: greedy)
              --utility cost|approval|points|points-cost alleen bij mes: wat een plan waard is (standaard: cost)
              --completion none|add1|add1-until-infeasible|add1-then-greedy
                                                         alleen bij mes: wat er met geld over gebeurt (standaard: none)
              --as-approval                              elk genoemd plan telt als één stem (rangorde en punten vervallen)
              --threshold X                              plannen met minder dan X stemmen/punten doen niet mee
              --n N                                      alleen bij top-n: hoeveel plannen (standaard: 10)
              --tie-break id|cost|votes                  gelijke plannen: op nummer (standaard), lagere kosten, of meer stemmen
              --explain                                  per plan waarom het wel of niet gekozen is
              --help                                     deze tekst

            Uitvoer: {"rule": ..., "selected": [nummers in volgorde van kiezen], "total_cost": "...", "time_ms": ...}
            Afsluitcode: 0 goed, 2 fout in bestand of opties (melding op stderr).
            """;

    private TallyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; {@code args} excludes the word "tally". Returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (UsageException e) {
            err.println("tally: " + e.getMessage());
            err.println("Zie: tally --help");
            return BAD_INPUT;
        }
        if (options.help) {
            out.print(USAGE);
            return OK;
        }
        Election election;
        try {
            election = PabulibReader.read(Path.of(options.file));
        } catch (NoSuchFileException e) {
            err.println("tally: bestand niet gevonden: " + options.file);
            return BAD_INPUT;
        } catch (PabulibException e) {
            err.println("tally: " + options.file + ": " + e.getMessage());
            return BAD_INPUT;
        } catch (IOException | UncheckedIOException e) {
            err.println("tally: kan " + options.file + " niet lezen: " + e.getMessage());
            return BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("tally: " + options.file + ": " + e.getMessage());
            return BAD_INPUT;
        }
        try {
            long start = System.nanoTime();
            Outcome outcome = Tally.run(election, options.settings);
            long millis = (System.nanoTime() - start) / 1_000_000;
            out.println(json(outcome, millis, options.explain));
            return OK;
        } catch (IllegalArgumentException e) {
            err.println("tally: " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("tally: interne fout bij het tellen: " + e);
            return FAILED;
        }
    }

    static String json(Outcome outcome, long millis, boolean explain) {
        RuleSettings s = outcome.settings();
        Json json = new Json()
                .field("rule", s.rule().key())
                .strings("selected", outcome.selected())
                .field("total_cost", outcome.totalCost().toPlainString())
                .field("time_ms", millis);
        if (s.rule() == Rule.MES) {
            json.field("utility", s.utility().key()).field("completion", s.completion().key());
        }
        if (s.rule() == Rule.TOP_N) {
            json.field("n", s.n());
        }
        json.field("as_approval", s.reading() == BallotReading.AS_APPROVAL)
                .field("threshold", s.threshold().isPresent() ? Long.toString(s.threshold().getAsLong()) : null)
                .field("tie_break", s.tieBreak().key());
        outcome.endowment().ifPresent(e -> json.field("endowment_per_voter", e));
        if (explain) {
            List<Json> items = new ArrayList<>();
            for (Explanation e : outcome.explanations()) {
                Json item = new Json()
                        .field("project", e.projectId())
                        .field("selected", e.selected())
                        .field("reason", e.reason().name())
                        .field("round", e.round())
                        .field("place", e.place())
                        .field("score", e.score())
                        .field("cost", e.needed().toPlainString());
                switch (e.reason()) {
                    case DOES_NOT_FIT, SUPPORTERS_SHORT -> item.field("amount", e.amount().toPlainString());
                    case BELOW_THRESHOLD, NOT_IN_TOP_N -> item.field("limit", e.limit());
                    case STOPPED_BEFORE_ITS_TURN -> item.field("stopped_at", e.otherProjectId());
                    default -> { }
                }
                items.add(item.field("text", e.dutch()));
            }
            json.objects("explanations", items);
        }
        return json.toString();
    }

    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The parsed command line. */
    static final class Options {
        String file;
        boolean help;
        boolean explain;
        RuleSettings settings = RuleSettings.greedy();

        static Options parse(String[] args) throws UsageException {
            Options o = new Options();
            Rule rule = Rule.GREEDY;
            Utility utility = null;
            Completion completion = null;
            Integer n = null;
            RuleSettings s = RuleSettings.greedy();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--help", "-h" -> o.help = true;
                    case "--explain" -> o.explain = true;
                    case "--as-approval" -> s = s.asApproval();
                    case "--rule" -> rule = choice(a, value(args, ++i, a), Rule::fromKey, "greedy, greedy-no-skip, top-n, mes");
                    case "--utility" -> utility = choice(a, value(args, ++i, a), Utility::fromKey, "cost, approval, points, points-cost");
                    case "--completion" -> completion = choice(a, value(args, ++i, a), Completion::fromKey,
                            "none, add1, add1-until-infeasible, add1-then-greedy");
                    case "--tie-break" -> s = s.withTieBreak(choice(a, value(args, ++i, a), TieBreak::fromKey, "id, cost, votes"));
                    case "--threshold" -> s = s.withThreshold(number(a, value(args, ++i, a)));
                    case "--n" -> n = (int) Math.min(Integer.MAX_VALUE, number(a, value(args, ++i, a)));
                    default -> {
                        if (a.startsWith("-")) {
                            throw new UsageException("onbekende optie " + a);
                        }
                        if (o.file != null) {
                            throw new UsageException("geef één bestand, niet '" + o.file + "' én '" + a + "'");
                        }
                        o.file = a;
                    }
                }
            }
            if (o.help) {
                return o;
            }
            if (o.file == null) {
                throw new UsageException("geef een Pabulib-bestand (.pb)");
            }
            if (rule != Rule.MES && (utility != null || completion != null)) {
                throw new UsageException("--utility en --completion werken alleen met --rule mes");
            }
            if (rule != Rule.TOP_N && n != null) {
                throw new UsageException("--n werkt alleen met --rule top-n");
            }
            s = s.withRule(rule);
            if (utility != null) {
                s = s.withUtility(utility);
            }
            if (completion != null) {
                s = s.withCompletion(completion);
            }
            if (n != null) {
                s = s.withN(n);
            }
            o.settings = s;
            return o;
        }

        private static String value(String[] args, int i, String option) throws UsageException {
            if (i >= args.length || args[i].startsWith("--")) {
                throw new UsageException(option + " mist een waarde");
            }
            return args[i];
        }

        private static <T> T choice(String option, String value, Function<String, Optional<T>> lookup, String allowed)
                throws UsageException {
            return lookup.apply(value).orElseThrow(() ->
                    new UsageException(option + " '" + value + "' ken ik niet; kies uit: " + allowed));
        }

        private static long number(String option, String value) throws UsageException {
            try {
                long v = Long.parseLong(value);
                if (v < 0) {
                    throw new NumberFormatException();
                }
                return v;
            } catch (NumberFormatException e) {
                throw new UsageException(option + " '" + value + "' is geen geheel getal van 0 of meer");
            }
        }
    }

}
