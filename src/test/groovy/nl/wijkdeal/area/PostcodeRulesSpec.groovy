package nl.wijkdeal.area

import spock.lang.Specification

import static nl.wijkdeal.area.PostcodeRules.Reason.*

class PostcodeRulesSpec extends Specification {

    def "'#typed' is #reason"() {
        when:
        def check = PostcodeRules.check(typed)

        then:
        check.reason() == reason
        check.pc4() == pc4

        where:
        typed       || reason    | pc4
        '9722 AB'   || OK        | 9722
        '9722ab'    || OK        | 9722
        ' 9722  ab ' || OK       | 9722
        '9722'      || OK        | 9722
        null        || EMPTY     | 0
        '   '       || EMPTY     | 0
        '0722 AB'   || MALFORMED | 0
        '972 AB'    || MALFORMED | 0
        '9722 A'    || MALFORMED | 0
        '9722 ABC'  || MALFORMED | 0
        'Groningen' || MALFORMED | 0
    }
}
