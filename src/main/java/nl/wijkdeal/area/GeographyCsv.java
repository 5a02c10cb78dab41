package nl.wijkdeal.area;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the geography file a municipality supplies (and our demo file): `;`-separated, lines
 * starting with `#` are comments, header {@code cbs_code;wijk;gebied;...;population_2021;postcodes;...}.
 * Postcodes are PC4 ranges separated by '|', e.g. {@code 9741-9742|9746-9747}. Pure: no I/O of its own.
 */
public final class GeographyCsv {

    /** One wijk as the file describes it. */
    public record Row(String cbsCode, String wijk, String areaName, Integer population, List<PostcodeRange> postcodes) {

        public String areaCode() {
            return slug(areaName);
        }
    }

    /** What is wrong, with the line, in words for the person who made the file. */
    public static final class FormatProblem extends Exception {
        public FormatProblem(int line, String message) {
            super("regel " + line + ": " + message);
        }
    }

    private GeographyCsv() {
    }

    public static List<Row> parse(Reader input) throws IOException, FormatProblem {
        BufferedReader reader = new BufferedReader(input);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.split(";", -1)).map(String::strip).toList();
            if (header == null) {
                header = cells;
                for (String required : List.of("cbs_code", "wijk", "gebied", "postcodes")) {
                    if (!header.contains(required)) {
                        throw new FormatProblem(number, "de kolom '" + required + "' ontbreekt in de kopregel");
                    }
                }
                continue;
            }
            rows.add(row(header, cells, number));
        }
        if (header == null) {
            throw new FormatProblem(number, "het bestand heeft geen kopregel");
        }
        return rows;
    }

    private static Row row(List<String> header, List<String> cells, int number) throws FormatProblem {
        if (cells.size() < header.size()) {
            throw new FormatProblem(number, "er zijn " + cells.size() + " kolommen, verwacht " + header.size());
        }
        String code = WijkCode.parse(cell(header, cells, "cbs_code")).orElseThrow(() ->
                new FormatProblem(number, "'" + cell(header, cells, "cbs_code") + "' is geen CBS-wijkcode (zoals WK001401)"));
        String wijk = cell(header, cells, "wijk");
        String area = cell(header, cells, "gebied");
        if (wijk.isEmpty() || area.isEmpty()) {
            throw new FormatProblem(number, "de naam van de wijk of het gebied ontbreekt");
        }
        Integer population = null;
        String populationText = header.contains("population_2021") ? cell(header, cells, "population_2021") : "";
        if (!populationText.isEmpty()) {
            try {
                population = Integer.parseInt(populationText);
            } catch (NumberFormatException e) {
                throw new FormatProblem(number, "aantal inwoners '" + populationText + "' is geen heel getal");
            }
        }
        return new Row(code, wijk, area, population, ranges(cell(header, cells, "postcodes"), number));
    }

    private static List<PostcodeRange> ranges(String text, int number) throws FormatProblem {
        List<PostcodeRange> result = new ArrayList<>();
        for (String part : text.split("\\|")) {
            String[] ends = part.strip().split("-");
            try {
                int first = Integer.parseInt(ends[0].strip());
                int last = ends.length > 1 ? Integer.parseInt(ends[1].strip()) : first;
                result.add(new PostcodeRange(first, last));
            } catch (IllegalArgumentException e) {
                throw new FormatProblem(number, "postcodes '" + part.strip() + "' zijn geen reeks van vier cijfers (zoals 9711-9712)");
            }
        }
        return List.copyOf(result);
    }

    private static String cell(List<String> header, List<String> cells, String column) {
        return cells.get(header.indexOf(column));
    }

    /** "Oude Wijken" -> "oude-wijken": the gebied's code in URLs. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
