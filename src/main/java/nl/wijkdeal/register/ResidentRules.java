package nl.wijkdeal.register;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parts of a {@link Resident} as a register file or a resident writes them. Pure. The
 * same rules serve the import and the address check, so "9712 ab", "12-a" and "12 A" find the
 * register entry of 9712AB 12A.
 */
final class ResidentRules {

    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");
    /** A huisnummer with whatever the resident typed after it: "12", "12a", "12 A", "12-2", "12A-2". */
    private static final Pattern HOUSE_NUMBER = Pattern.compile("([0-9]{1,5})(?![0-9])[\\s-]*([A-Z0-9\\s-]*)");
    private static final Pattern ADDITION = Pattern.compile("[A-Z0-9\\s-]*");
    /** BRP extracts write yyyyMMdd; spreadsheets write the Dutch or the ISO order. */
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("uuuuMMdd"));

    private ResidentRules() {
    }

    static Optional<String> postcode(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return POSTCODE.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    /** The huisnummer and the addition; the number field may hold the addition too ("12a"). */
    record HouseNumber(int number, String addition) {
    }

    static Optional<HouseNumber> houseNumber(String number, String letter, String addition) {
        Matcher m = HOUSE_NUMBER.matcher(upper(number));
        if (!m.matches() || !ADDITION.matcher(upper(letter)).matches() || !ADDITION.matcher(upper(addition)).matches()) {
            return Optional.empty();
        }
        int value = Integer.parseInt(m.group(1));
        String rest = (m.group(2) + upper(letter) + upper(addition)).replaceAll("[\\s-]", "");
        if (value < 1 || rest.length() > 8) {
            return Optional.empty();
        }
        return Optional.of(new HouseNumber(value, rest));
    }

    /** A real calendar date (no 30 February) in one of the usual spellings. */
    static Optional<LocalDate> date(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format.withResolverStyle(ResolverStyle.STRICT)));
            } catch (DateTimeParseException tryNext) {
                // the next spelling
            }
        }
        return Optional.empty();
    }

    /** A date from three fields (day, month, year), as the address form asks it. */
    static Optional<LocalDate> date(String day, String month, String year) {
        if (blank(day) || blank(month) || blank(year) || !year.strip().matches("[0-9]{4}")) {
            return Optional.empty();
        }
        return date(day.strip() + "-" + month.strip() + "-" + year.strip());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String upper(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }
}
