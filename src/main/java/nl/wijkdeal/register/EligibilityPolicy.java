package nl.wijkdeal.register;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;

/** Who may vote in a round: living in one of its wijken and old enough on the first voting day. Pure. */
final class EligibilityPolicy {

    enum Verdict {
        ELIGIBLE, OUTSIDE_ROUND, TOO_YOUNG
    }

    private EligibilityPolicy() {
    }

    /**
     * @param wijkOfPostcode the wijk the resident's PC4 lies in, if any
     * @param roundWijken    the wijken of the round
     */
    static Verdict check(Optional<String> wijkOfPostcode, Set<String> roundWijken, LocalDate birthDate,
                         LocalDate firstVotingDay, int minimumAge) {
        if (wijkOfPostcode.isEmpty() || !roundWijken.contains(wijkOfPostcode.get())) {
            return Verdict.OUTSIDE_ROUND;
        }
        return isOldEnough(birthDate, firstVotingDay, minimumAge) ? Verdict.ELIGIBLE : Verdict.TOO_YOUNG;
    }

    /** Whole years on that day: someone born on 29 February turns a year older on 1 March. */
    static boolean isOldEnough(LocalDate birthDate, LocalDate day, int minimumAge) {
        return !birthDate.isAfter(day) && Period.between(birthDate, day).getYears() >= minimumAge;
    }
}
