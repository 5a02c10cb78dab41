package nl.wijkdeal.kernel;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * An amount in whole euro cents: budgets and costs never pass through floating point.
 * Shown the Dutch way ("€ 25.000", "€ 1.250,50").
 */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    /** The largest amount we accept anywhere: a hundred million euro, far above any gebiedsbudget. */
    public static final Money MAX = new Money(100_000_000_00L);

    public static Money euros(long euros) {
        return new Money(Math.multiplyExact(euros, 100));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public boolean isNegative() {
        return cents < 0;
    }

    /**
     * Reads what people type: "25000", "25.000", "€ 25.000,-", "1250,50", "1.250,5". A dot followed
     * by exactly three digits groups thousands (Dutch habit); a comma separates the cents. Empty or
     * unreadable input gives nothing; the caller says why in its own words.
     */
    public static Optional<Money> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "");
        if (s.endsWith(",-") || s.endsWith(",--")) {
            s = s.substring(0, s.indexOf(",-"));
        }
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1);
        }
        if (!s.matches("\\d{1,3}(\\.\\d{3})*(,\\d{1,2})?|\\d+(,\\d{1,2})?|\\d+\\.\\d{1,2}")) {
            return Optional.empty();
        }
        String normal = s.matches("\\d+\\.\\d{1,2}") ? s : s.replace(".", "").replace(',', '.');
        try {
            BigDecimal euros = new BigDecimal(normal);
            long cents = euros.movePointRight(2).longValueExact();
            if (cents > MAX.cents) {
                return Optional.empty();
            }
            return Optional.of(new Money(negative ? -cents : cents));
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** "€ 25.000" for whole euros, "€ 1.250,50" otherwise. */
    public String format() {
        DecimalFormat format = new DecimalFormat(cents % 100 == 0 ? "#,##0" : "#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        return (cents < 0 ? "-€ " : "€ ") + format.format(BigDecimal.valueOf(Math.abs(cents), 2));
    }

    /** The plain number for a form field: "25000" or "1250,50". */
    public String formInput() {
        return cents % 100 == 0 ? Long.toString(cents / 100)
                : BigDecimal.valueOf(cents, 2).toPlainString().replace('.', ',');
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return format();
    }
}
