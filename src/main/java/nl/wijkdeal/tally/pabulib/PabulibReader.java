package nl.wijkdeal.tally.pabulib;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.wijkdeal.tally.Ballot;
import nl.wijkdeal.tally.BallotKind;
import nl.wijkdeal.tally.Election;
import nl.wijkdeal.tally.Project;

/**
 * Reads the Pabulib format (pabulib.org), the research exchange format for participatory budgeting.
 *
 * <p>Deliberate choices, each following what real published files need:
 * <ul>
 *   <li>The {@code votes} and {@code score} columns of PROJECTS and META {@code num_votes} are ignored:
 *       some files count a project repeated inside one ballot twice; counts are always recomputed.</li>
 *   <li>Ballots are kept exactly as written, including a project repeated inside one ballot, so that
 *       writing gives the same file content back; the count itself takes each project once per ballot.</li>
 *   <li>Columns other than {@code project_id}, {@code cost}, {@code name}, {@code voter_id}, {@code vote}
 *       and {@code points} are ignored (age, sex, district, ...).</li>
 *   <li>Budgets and costs are exact decimals; a decimal comma ({@code 4000,50}) is read as a point.</li>
 *   <li>Points must be whole numbers of at least 0 (all published files have them).</li>
 *   <li>For ordinal ballots the order of the {@code vote} list is the ranking; a {@code points} column
 *       there (Krakow 2021 has one) is ignored, as the ranking already says everything.</li>
 * </ul>
 */
public final class PabulibReader {

    private enum Section { NONE, META, PROJECTS, VOTES }

    private PabulibReader() {
    }

    public static Election read(Path file) throws IOException, PabulibException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static Election read(InputStream in) throws IOException, PabulibException {
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    public static Election parse(String text) throws PabulibException {
        CsvRecords records = new CsvRecords(text);
        Section section = Section.NONE;
        Map<String, Integer> header = Map.of();
        int headerLine = 0;
        Map<String, String> meta = new LinkedHashMap<>();
        Map<String, Integer> metaLines = new HashMap<>();
        List<Project> projects = new ArrayList<>();
        Map<String, Integer> projectLines = new HashMap<>();
        List<Ballot> ballots = new ArrayList<>();
        BallotKind kind = null;
        int metaLine = 0;
        boolean sawProjects = false;
        boolean sawVotes = false;

        while (records.hasNext()) {
            CsvRecords.Row row = records.next();
            if (row.isBlank()) {
                continue;
            }
            Optional<Section> marker = sectionMarker(row);
            if (marker.isPresent()) {
                section = marker.get();
                if (section == Section.META) {
                    metaLine = row.line();
                }
                if (!records.hasNext()) {
                    throw new PabulibException(row.line(), "na " + section + " hoort een regel met kolomnamen");
                }
                CsvRecords.Row head = records.next();
                headerLine = head.line();
                header = header(head);
                if (section == Section.PROJECTS) {
                    sawProjects = true;
                    require(header, headerLine, "PROJECTS", "project_id", "cost");
                    kind = kindOf(meta, metaLines.getOrDefault("vote_type", metaLine));
                } else if (section == Section.VOTES) {
                    sawVotes = true;
                    require(header, headerLine, "VOTES", "vote");
                    if (kind == null) {
                        kind = kindOf(meta, metaLines.getOrDefault("vote_type", metaLine));
                    }
                    if (kind.hasPoints()) {
                        require(header, headerLine, "VOTES", "points");
                    }
                }
                continue;
            }
            switch (section) {
                case NONE -> throw new PabulibException(row.line(),
                        "gegevens voor de eerste kop; het bestand moet beginnen met META");
                case META -> {
                    meta.put(row.field(0), row.field(1));
                    metaLines.put(row.field(0), row.line());
                }
                case PROJECTS -> {
                    Project p = project(row, header);
                    Integer earlier = projectLines.putIfAbsent(p.id(), row.line());
                    if (earlier != null) {
                        throw new PabulibException(row.line(), "plan '" + p.id() + "' staat er al (regel " + earlier + ")");
                    }
                    projects.add(p);
                }
                case VOTES -> ballots.add(ballot(row, header, kind, projectLines));
            }
        }
        if (metaLine == 0) {
            throw new PabulibException(0, "het bestand heeft geen META-deel");
        }
        if (!sawProjects) {
            throw new PabulibException(0, "het bestand heeft geen PROJECTS-deel");
        }
        if (!sawVotes) {
            throw new PabulibException(0, "het bestand heeft geen VOTES-deel");
        }
        String budgetText = meta.get("budget");
        if (budgetText == null) {
            throw new PabulibException(metaLine, "META mist de regel 'budget'");
        }
        BigDecimal budget = decimal(budgetText, metaLines.get("budget"), "budget");
        return new Election(meta, budget, kind, projects, ballots);
    }

    private static Optional<Section> sectionMarker(CsvRecords.Row row) {
        for (int i = 1; i < row.fields().size(); i++) {
            if (!row.field(i).isEmpty()) {
                return Optional.empty();
            }
        }
        return switch (row.field(0).toLowerCase(Locale.ROOT)) {
            case "meta" -> Optional.of(Section.META);
            case "projects" -> Optional.of(Section.PROJECTS);
            case "votes" -> Optional.of(Section.VOTES);
            default -> Optional.empty();
        };
    }

    private static Map<String, Integer> header(CsvRecords.Row head) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < head.fields().size(); i++) {
            columns.putIfAbsent(head.field(i), i);
        }
        return columns;
    }

    private static void require(Map<String, Integer> header, int line, String section, String... columns)
            throws PabulibException {
        for (String c : columns) {
            if (!header.containsKey(c)) {
                throw new PabulibException(line, "kolom '" + c + "' ontbreekt in de kop van " + section);
            }
        }
    }

    private static BallotKind kindOf(Map<String, String> meta, int line) throws PabulibException {
        String type = meta.get("vote_type");
        if (type == null) {
            throw new PabulibException(line, "META mist de regel 'vote_type'");
        }
        return BallotKind.fromPabulib(type.toLowerCase(Locale.ROOT)).orElseThrow(() -> new PabulibException(line,
                "soort stemming (vote_type) '" + type + "' ken ik niet; wel: approval, choose-1, ordinal, cumulative, scoring"));
    }

    private static Project project(CsvRecords.Row row, Map<String, Integer> header) throws PabulibException {
        String id = row.field(header.get("project_id"));
        if (id.isEmpty()) {
            throw new PabulibException(row.line(), "het plan heeft geen nummer (project_id is leeg)");
        }
        int costColumn = header.get("cost");
        if (costColumn >= row.fields().size()) {
            throw new PabulibException(row.line(), "plan '" + id + "' heeft geen kosten (te weinig velden)");
        }
        BigDecimal cost = decimal(row.field(costColumn), row.line(), "kosten");
        if (cost.signum() < 0) {
            throw new PabulibException(row.line(), "kosten '" + row.field(costColumn) + "' zijn negatief");
        }
        Integer nameColumn = header.get("name");
        String name = nameColumn == null ? "" : row.field(nameColumn);
        return new Project(id, cost, name);
    }

    private static Ballot ballot(CsvRecords.Row row, Map<String, Integer> header, BallotKind kind,
                                 Map<String, Integer> projectLines) throws PabulibException {
        Integer voterColumn = header.get("voter_id");
        String voterId = voterColumn == null ? Integer.toString(row.line()) : row.field(voterColumn);
        List<String> ids = new ArrayList<>();
        for (String id : row.field(header.get("vote")).split(",")) {
            String trimmed = id.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!projectLines.containsKey(trimmed)) {
                throw new PabulibException(row.line(), "de stem noemt plan '" + trimmed
                        + "', maar dat plan staat niet bij PROJECTS");
            }
            ids.add(trimmed);
        }
        List<Long> points = List.of();
        if (kind.hasPoints() && !ids.isEmpty()) {
            String[] parts = row.field(header.get("points")).split(",");
            List<Long> parsed = new ArrayList<>(parts.length);
            for (String part : parts) {
                String trimmed = part.strip();
                if (!trimmed.isEmpty()) {
                    parsed.add(wholePoints(trimmed, row.line()));
                }
            }
            if (parsed.size() != ids.size()) {
                throw new PabulibException(row.line(), "de stem noemt " + ids.size() + " plannen maar geeft "
                        + parsed.size() + " punten");
            }
            points = parsed;
        }
        return new Ballot(voterId, ids, points);
    }

    private static long wholePoints(String text, int line) throws PabulibException {
        if (text.length() < 18 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Long.parseLong(text);
        }
        BigDecimal value = decimal(text, line, "punten");
        try {
            long points = value.longValueExact();
            if (points < 0) {
                throw new PabulibException(line, "punten '" + text + "' zijn negatief");
            }
            return points;
        } catch (ArithmeticException e) {
            throw new PabulibException(line, "punten '" + text + "' is geen geheel getal");
        }
    }

    private static BigDecimal decimal(String text, int line, String what) throws PabulibException {
        String normal = text.strip();
        if (normal.indexOf(',') >= 0 && normal.indexOf('.') < 0) {
            normal = normal.replace(',', '.');
        }
        if (normal.isEmpty() || !normal.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new PabulibException(line, what + " '" + text + "' is geen getal");
        }
        return new BigDecimal(normal);
    }
}
