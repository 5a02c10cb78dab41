package nl.wijkdeal.tally

import spock.lang.Specification

class DutchTextSpec extends Specification {

    def "#amount is written #text"() {
        expect:
        DutchText.money(new BigDecimal(amount)) == text

        where:
        amount       || text
        '0'          || '€ 0'
        '12400'      || '€ 12.400'
        '1234.50'    || '€ 1.234,50'
        '1234.5'     || '€ 1.234,50'
        '999'        || '€ 999'
        '1000000'    || '€ 1.000.000'
        '2372571.24' || '€ 2.372.571,24'
        '0.07'       || '€ 0,07'
        '12400.00'   || '€ 12.400'
        // display rounds down: never more money than there is
        '13.339'     || '€ 13,33'
    }
}
