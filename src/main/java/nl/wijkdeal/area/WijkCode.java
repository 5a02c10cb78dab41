package nl.wijkdeal.area;

import java.util.Optional;
import java.util.regex.Pattern;

/** The CBS code of a wijk: "WK" plus the municipality code (0014 = Groningen) plus two digits. */
public final class WijkCode {

    private static final Pattern FORMAT = Pattern.compile("WK[0-9]{6}");

    private WijkCode() {
    }

    /** Normalises what a person typed ("wk001401 ") or empty when it cannot be a wijk code. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(java.util.Locale.ROOT);
        return FORMAT.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
