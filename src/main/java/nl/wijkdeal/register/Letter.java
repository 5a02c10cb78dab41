package nl.wijkdeal.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One printed letter. The code is the plain stemcode, grouped "XXXX-XXXX-XXXX-C"; it exists only in
 * the files made from this (the register keeps a keyed hash), so {@link #toString()} leaves the code,
 * the name and the address out: a letter that ends up in a log line must not hand out a vote.
 *
 * @param addressLines at most three lines (street and number, postcode and place, perhaps a country):
 *                     the window envelope and the mailing house's columns have room for no more
 * @param voteUrl      the round's voting page, e.g. {@code https://wijkdeal.groningen.nl/rondes/12/stemmen},
 *                     with no code, query or fragment in it
 */
public record Letter(String name, List<String> addressLines, String wijkName, LocalDate firstDay, LocalDate lastDay,
                     String roundTitle, String code, String voteUrl) {

    /** What the mailing house's file and the window envelope have room for. */
    public static final int MAX_ADDRESS_LINES = 3;

    public Letter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(addressLines, "addressLines");
        Objects.requireNonNull(wijkName, "wijkName");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(roundTitle, "roundTitle");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(voteUrl, "voteUrl");
        addressLines = List.copyOf(addressLines);
        if (addressLines.size() > MAX_ADDRESS_LINES) {
            throw new IllegalArgumentException("a letter has at most " + MAX_ADDRESS_LINES + " address lines, not " + addressLines.size());
        }
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("the voting period ends before it starts");
        }
        if (code.isBlank()) {
            throw new IllegalArgumentException("a letter needs a code");
        }
        // The code goes after '#' (see link()); a url with its own query or fragment would put it
        // somewhere else, where a server might log it.
        if (voteUrl.contains("#") || voteUrl.contains("?")) {
            throw new IllegalArgumentException("the vote url must not have a query or a fragment: " + voteUrl);
        }
    }

    /**
     * The link in the QR code and in the mailing house's file. The code is in the fragment, which
     * browsers never send to a server, so it never reaches an access log or a proxy; the voting page
     * reads it from there.
     */
    public String link() {
        return voteUrl + "#code=" + code;
    }

    @Override
    public String toString() {
        return "Letter[wijk=" + wijkName + ", round=" + roundTitle + ", " + firstDay + ".." + lastDay + "]";
    }
}
