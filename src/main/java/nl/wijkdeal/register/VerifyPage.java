package nl.wijkdeal.register;

import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.round.VerificationRoute;
import nl.wijkdeal.web.FormData;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * "Stemmen": the check before the ballot, by the code from the letter or by address and date of
 * birth, whichever the round allows; or why voting is not possible now.
 *
 * @param state     open, notYet or closed
 * @param retryAt   "14:35" when the limits stopped a check, else null
 */
record VerifyPage(long roundId, String roundName, String state, boolean open, LocalDate firstDay, LocalDate lastDay,
                  boolean byCode, boolean byAddress, boolean atCounter, boolean counterOnly,
                  Map<String, String> typed, Map<String, String> errors, boolean hasErrors, String retryAt, String notice) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

    static VerifyPage of(Round round, FormData form, Map<String, String> errors, Instant retryAt, String notice) {
        var routes = round.settings().routes();
        boolean byCode = routes.contains(VerificationRoute.STEMCODE);
        boolean byAddress = routes.contains(VerificationRoute.ADDRESS);
        boolean atCounter = routes.contains(VerificationRoute.COUNTER);
        String state = round.phase() == Phase.VOTING ? "open"
                : Phase.SCHEDULED.indexOf(round.phase()) < Phase.SCHEDULED.indexOf(Phase.VOTING) ? "notYet" : "closed";
        Map<String, String> typed = new java.util.HashMap<>();
        for (String field : new String[]{"code", "postcode", "huisnummer", "toevoeging", "dag", "maand", "jaar"}) {
            typed.put(field, form.text(field));
        }
        return new VerifyPage(round.id(), round.text().name(), state, "open".equals(state),
                round.settings().startOf(Phase.VOTING), round.settings().lastDayOf(Phase.VOTING),
                byCode, byAddress, atCounter, atCounter && !byCode && !byAddress, typed, errors, !errors.isEmpty(),
                retryAt == null ? null : TIME.format(retryAt), notice);
    }
}
