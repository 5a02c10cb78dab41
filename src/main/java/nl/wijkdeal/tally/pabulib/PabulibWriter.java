package nl.wijkdeal.tally.pabulib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wijkdeal.tally.Ballot;
import nl.wijkdeal.tally.Election;
import nl.wijkdeal.tally.Project;

/**
 * Writes an {@link Election} in the Pabulib format, so that any of our results can be recounted with
 * research tools. {@code PabulibReader.parse(PabulibWriter.toText(e))} equals {@code e}.
 *
 * <p>META is written in its own order, with {@code budget}, {@code vote_type}, {@code num_projects} and
 * {@code num_votes} set from the election itself (the reader trusts only the first two). Lines end in
 * LF; fields are quoted only when needed.
 */
public final class PabulibWriter {

    private PabulibWriter() {
    }

    public static String toText(Election election) {
        StringWriter out = new StringWriter();
        try {
            write(election, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static void write(Election election, Writer out) throws IOException {
        Map<String, String> meta = new LinkedHashMap<>(election.meta());
        meta.put("num_projects", Integer.toString(election.projects().size()));
        meta.put("num_votes", Integer.toString(election.ballots().size()));
        meta.put("budget", election.budget().toPlainString());
        meta.put("vote_type", election.kind().pabulibName());
        out.write("META\nkey;value\n");
        for (Map.Entry<String, String> e : meta.entrySet()) {
            line(out, e.getKey(), e.getValue());
        }
        out.write("PROJECTS\nproject_id;cost;name\n");
        for (Project p : election.projects()) {
            line(out, p.id(), p.cost().toPlainString(), p.name());
        }
        boolean points = election.kind().hasPoints();
        out.write(points ? "VOTES\nvoter_id;vote;points\n" : "VOTES\nvoter_id;vote\n");
        for (Ballot b : election.ballots()) {
            for (String id : b.projectIds()) {
                if (id.contains(",")) {
                    throw new IllegalArgumentException("plan '" + id + "' heeft een komma in zijn nummer; "
                            + "dat kan Pabulib niet opslaan");
                }
            }
            String vote = String.join(",", b.projectIds());
            if (points) {
                line(out, b.voterId(), vote, b.points().stream().map(String::valueOf).collect(Collectors.joining(",")));
            } else {
                line(out, b.voterId(), vote);
            }
        }
        out.flush();
    }

    private static void line(Writer out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(quote(fields[i]));
        }
        out.write('\n');
    }

    /** Quotes when a reader would otherwise split, trim or misread the field. */
    static String quote(String field) {
        boolean needs = field.indexOf(';') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || (!field.isEmpty() && field.strip().length() != field.length());
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
