package nl.wijkdeal.tally;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Dutch (B1) sentences for explanations, and Dutch money: "€ 12.400", "€ 1.234,50". */
final class DutchText {

    private DutchText() {
    }

    static String of(Explanation e) {
        String counted = e.unit() == ScoreUnit.VOTES ? "stemmen" : "punten";
        return switch (e.reason()) {
            case SELECTED -> "gekozen in ronde " + e.round();
            case SELECTED_FREE -> "gekozen in ronde " + e.round() + ": het plan kost niets en heeft voorstanders";
            case SELECTED_BY_FILL -> "gekozen in ronde " + e.round() + ", bij het aanvullen met het geld dat over was";
            case DOES_NOT_FIT -> "paste niet meer (nog " + money(e.amount()) + " over, het plan kost "
                    + money(e.needed()) + ")";
            case STOPPED_BEFORE_ITS_TURN -> "niet meer aan de beurt: de verdeling stopte bij plan "
                    + e.otherProjectId() + ", dat niet meer paste";
            case BELOW_THRESHOLD -> "onder de drempel van " + e.limit() + " " + counted + " (kreeg er " + e.score() + ")";
            case NOT_IN_TOP_N -> "niet bij de beste " + e.limit() + " (plaats " + e.place() + ")";
            case NO_SUPPORT -> "niemand koos dit plan";
            case SUPPORTERS_SHORT -> "de voorstanders hadden samen niet genoeg budget over (nog "
                    + money(e.amount()) + " van de " + money(e.needed()) + " nodig)";
        };
    }

    /** Whole amounts without cents ("€ 12.400"), others with two decimals ("€ 1.234,50"). */
    static String money(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.DOWN);
        boolean whole = cents.remainder(BigDecimal.ONE).signum() == 0;
        String digits = cents.abs().setScale(whole ? 0 : 2, RoundingMode.DOWN).toPlainString();
        String integer = whole ? digits : digits.substring(0, digits.indexOf('.'));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(integer.charAt(i));
        }
        if (!whole) {
            grouped.append(',').append(digits.substring(digits.indexOf('.') + 1));
        }
        return (amount.signum() < 0 ? "€ -" : "€ ") + grouped;
    }
}
