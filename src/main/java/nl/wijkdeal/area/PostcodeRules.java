package nl.wijkdeal.area;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Dutch postcode as people type it ("9722 ab", "9722AB", "9722") and says why when it
 * cannot. Pure: the page turns the reason into a sentence.
 */
public final class PostcodeRules {

    public enum Reason { OK, EMPTY, MALFORMED }

    /** The outcome: the 4-digit part (PC4) when the reason is OK. */
    public record Check(Reason reason, int pc4) {
        public boolean ok() {
            return reason == Reason.OK;
        }
    }

    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3})\\s*([A-Z]{2})?");

    private PostcodeRules() {
    }

    public static Check check(String typed) {
        if (typed == null || typed.isBlank()) {
            return new Check(Reason.EMPTY, 0);
        }
        Matcher m = POSTCODE.matcher(typed.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return new Check(Reason.MALFORMED, 0);
        }
        return new Check(Reason.OK, Integer.parseInt(m.group(1)));
    }
}
