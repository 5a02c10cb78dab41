package nl.wijkdeal.register;

import nl.wijkdeal.web.FormData;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The address check as typed: postcode, huisnummer (with or without the addition), an optional
 * toevoeging and the date of birth in three fields (day, month, year: easier to type and to read
 * aloud than one date field). Used by residents and by staff at the counter.
 */
final class AddressForm {

    static final String POSTCODE = "postcode";
    static final String HOUSE_NUMBER = "huisnummer";
    static final String ADDITION = "toevoeging";
    static final String BIRTH_DATE = "geboortedatum";

    private AddressForm() {
    }

    /** The resident the fields describe, or empty with a message key per wrong field in {@code errors}. */
    static Optional<Resident> read(FormData form, Map<String, String> errors) {
        Optional<String> postcode = ResidentRules.postcode(form.text(POSTCODE));
        if (postcode.isEmpty()) {
            errors.put(POSTCODE, form.text(POSTCODE).isBlank() ? "vote.error.postcode.missing" : "vote.error.postcode");
        }
        Optional<ResidentRules.HouseNumber> house = ResidentRules.houseNumber(form.text(HOUSE_NUMBER), "", form.text(ADDITION));
        if (house.isEmpty()) {
            errors.put(HOUSE_NUMBER, form.text(HOUSE_NUMBER).isBlank() ? "vote.error.houseNumber.missing" : "vote.error.houseNumber");
        }
        Optional<LocalDate> born = ResidentRules.date(form.text("dag"), form.text("maand"), form.text("jaar"));
        if (born.isEmpty()) {
            errors.put(BIRTH_DATE, "vote.error.birthDate");
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Resident(postcode.get(), house.get().number(), house.get().addition(), born.get()));
    }
}
