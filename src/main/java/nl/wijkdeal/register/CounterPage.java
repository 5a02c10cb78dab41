package nl.wijkdeal.register;

import nl.wijkdeal.area.Area;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.web.FormData;

import java.util.HashMap;
import java.util.Map;

/**
 * The counter: look a resident up by the letter's code or by address and date of birth; then let
 * them vote on this device, or revoke their code and print a new letter.
 *
 * @param route   which search was used ("code" or "adres"), to repeat it in the follow-up forms
 * @param answer  the lookup's answer as a message key, null before a search
 */
record CounterPage(long roundId, String roundName, boolean voting, String route, Map<String, String> typed,
                   Map<String, String> errors, boolean hasErrors, String answer, boolean canVote, String wijkName,
                   boolean searched) {

    static final String[] FIELDS = {"code", "postcode", "huisnummer", "toevoeging", "dag", "maand", "jaar",
            "naam", "adres1", "adres2", "adres3"};

    static CounterPage of(Round round, Area area, FormData form, Map<String, String> errors, CounterDesk.Lookup lookup) {
        Map<String, String> typed = new HashMap<>();
        for (String field : FIELDS) {
            typed.put(field, form.text(field));
        }
        boolean searched = lookup != null && lookup.errors().isEmpty();
        String answer = !searched ? null
                : lookup.found().ok() ? "counter.answer.CAN_VOTE" : "vote.error." + lookup.found().problem().name();
        return new CounterPage(round.id(), round.text().name(), round.phase() == Phase.VOTING,
                "code".equals(form.text(CounterDesk.ROUTE)) ? "code" : "adres", typed, errors, !errors.isEmpty(), answer,
                searched && lookup.found().ok(), searched && lookup.found().ok() ? area.nameOf(lookup.found().entry().wijk()) : null,
                searched);
    }
}
