package nl.wijkdeal.round;

/** The ways a resident may prove who they are before voting; each round chooses which are on. */
public enum VerificationRoute {
    /** The personal stemcode from the letter. */
    STEMCODE,
    /** Postcode, house number and date of birth, checked against the register. */
    ADDRESS,
    /** At a WIJ-locatie, where staff check an ID. */
    COUNTER;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
