package nl.wijkdeal.register;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words on a stemcode letter, in one place so the PDF and the mailing house's file say the same.
 * Dutch at B1 with the informal "je" (the municipality's own style for residents), English second.
 */
final class LetterText {

    private static final DateTimeFormatter DUTCH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    static final String SENDER = "Gemeente Groningen - Wijkdeal";
    static final String HELP_NL = "Hulp nodig? Ga naar een WIJ-locatie bij jou in de buurt of bel 14 050.";
    static final String HELP_EN = "Need help? Go to a WIJ location near you or call 14 050.";

    private LetterText() {
    }

    /** "2 maart 2027 tot en met 15 maart 2027": the period both inclusive, as on a poll card. */
    static String period(Letter letter) {
        return day(letter.firstDay()) + " tot en met " + day(letter.lastDay());
    }

    static String day(LocalDate day) {
        return DUTCH_DAY.format(day);
    }

    static String periodSentence(Letter letter) {
        return "Je kunt stemmen van " + period(letter) + ".";
    }

    static String heading(String wijkName) {
        return "Stem mee in Wijkdeal " + wijkName;
    }

    static String whatNl() {
        return "In Wijkdeal beslissen bewoners mee over geld voor hun wijk. Bewoners hebben plannen "
                + "bedacht. Nu kies jij welke plannen je het beste vindt.";
    }

    static String howNl(Letter letter) {
        return "Scan de QR-code met de camera van je telefoon. Of ga naar " + shownUrl(letter)
                + " en typ je stemcode.";
    }

    static String secretNl() {
        return "De stemcode is alleen voor jou. Je kunt er één keer mee stemmen. "
                + "Niemand kan zien wat jij kiest.";
    }

    static String english(Letter letter) {
        return "Wijkdeal lets residents decide together how money for their neighbourhood is spent. "
                + "Scan the QR code with your phone camera, or go to " + shownUrl(letter)
                + " and type your voting code. You can vote from " + ENGLISH_DAY.format(letter.firstDay())
                + " up to and including " + ENGLISH_DAY.format(letter.lastDay())
                + ". The code is only for you and works once. Nobody can see what you choose.";
    }

    /**
     * The address to type in, without "https://": shorter to type, and every browser adds it. The
     * server redirects plain http anyway.
     */
    static String shownUrl(Letter letter) {
        return letter.voteUrl().replaceFirst("^https?://", "");
    }
}
