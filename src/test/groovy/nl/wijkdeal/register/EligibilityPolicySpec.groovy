package nl.wijkdeal.register

import spock.lang.Specification

import java.time.LocalDate

import static nl.wijkdeal.register.EligibilityPolicy.Verdict.ELIGIBLE
import static nl.wijkdeal.register.EligibilityPolicy.Verdict.OUTSIDE_ROUND
import static nl.wijkdeal.register.EligibilityPolicy.Verdict.TOO_YOUNG

/** Who may vote: a wijk of the round, and old enough on the first voting day. */
class EligibilityPolicySpec extends Specification {

    static final Set<String> ROUND = ['WK001405', 'WK001406'] as Set
    static final LocalDate FIRST_DAY = LocalDate.of(2027, 3, 2)

    def "living in #wijk, born #born, minimum age #age: #verdict"() {
        expect:
        EligibilityPolicy.check(Optional.ofNullable(wijk), ROUND, born, FIRST_DAY, age) == verdict

        where:
        wijk       | born                     | age || verdict
        'WK001406' | LocalDate.of(1970, 1, 1) | 16  || ELIGIBLE
        'WK001405' | LocalDate.of(1970, 1, 1) | 16  || ELIGIBLE
        'WK001400' | LocalDate.of(1970, 1, 1) | 16  || OUTSIDE_ROUND
        null       | LocalDate.of(1970, 1, 1) | 16  || OUTSIDE_ROUND
        null       | LocalDate.of(2020, 1, 1) | 16  || OUTSIDE_ROUND    // the wijk is checked first
        'WK001406' | LocalDate.of(2011, 3, 2) | 16  || ELIGIBLE         // 16 exactly on the first voting day
        'WK001406' | LocalDate.of(2011, 3, 3) | 16  || TOO_YOUNG        // 16 the day after
        'WK001406' | LocalDate.of(2011, 3, 1) | 16  || ELIGIBLE
        'WK001406' | LocalDate.of(2015, 3, 2) | 12  || ELIGIBLE
        'WK001406' | LocalDate.of(2015, 3, 3) | 12  || TOO_YOUNG
        'WK001406' | FIRST_DAY                | 0   || ELIGIBLE
        'WK001406' | FIRST_DAY.plusDays(1)    | 0   || TOO_YOUNG        // not born yet
        'WK001406' | LocalDate.of(1900, 1, 1) | 120 || ELIGIBLE
    }

    def "born on 29 February: #age on #day? #old"() {
        expect:
        EligibilityPolicy.isOldEnough(LocalDate.of(2008, 2, 29), day, age) == old

        where:
        day                       | age || old
        LocalDate.of(2026, 2, 28) | 18  || false   // not a leap year: a year older only on 1 March
        LocalDate.of(2026, 3, 1)  | 18  || true
        LocalDate.of(2024, 2, 28) | 16  || false
        LocalDate.of(2024, 2, 29) | 16  || true    // a leap year: the birthday itself
        LocalDate.of(2025, 2, 28) | 17  || false
        LocalDate.of(2025, 3, 1)  | 17  || true
    }
}
