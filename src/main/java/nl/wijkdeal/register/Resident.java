package nl.wijkdeal.register;

import java.time.LocalDate;

/**
 * Who a resident is for the register: the address (postcode, huisnummer and what follows it) and
 * the date of birth, as in a BRP extract. Only its keyed hash is ever stored.
 *
 * @param postcode    "9712AB": four digits and two capitals, no space
 * @param addition    huisletter and huisnummertoevoeging together, capitals and digits only ("A", "2", "A2"), or ""
 */
public record Resident(String postcode, int houseNumber, String addition, LocalDate birthDate) {

    /** The one text both the import and a resident's own typing must turn into, whatever the spelling. */
    String canonical() {
        return postcode + "|" + houseNumber + "|" + addition + "|" + birthDate;
    }

    int pc4() {
        return Integer.parseInt(postcode.substring(0, 4));
    }
}
