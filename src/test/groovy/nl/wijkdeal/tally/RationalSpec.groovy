package nl.wijkdeal.tally

import spock.lang.Specification

class RationalSpec extends Specification {

    def "#a compared with #b is #sign"() {
        expect:
        Integer.signum(a.compareTo(b)) == sign

        where:
        a                                     | b                                        || sign
        Rational.of(1, 3)                     | Rational.of(1, 3)                        || 0
        Rational.of(10, 3).multiply(3)        | Rational.of(10)                          || 0
        // differ in the 20th digit: doubles cannot tell, the exact fallback must
        Rational.of(new BigInteger('100000000000000000001'), BigInteger.TEN ** 20) | Rational.ONE || 1
        Rational.of(new BigInteger('99999999999999999999'), BigInteger.TEN ** 20)  | Rational.ONE || -1
        Rational.of(-1, 3)                    | Rational.ZERO                            || -1
        Rational.of(2, 4)                     | Rational.of(1, 2)                        || 0
    }

    def "arithmetic stays exact and reduced"() {
        expect:
        Rational.of(1, 3).add(Rational.of(1, 6)) == Rational.of(1, 2)
        Rational.of(7, 12).multiply(6) == Rational.of(7, 2)
        Rational.of(7, 12).multiply(-8) == Rational.of(-14, 3)
        Rational.of(5, 2).divide(5) == Rational.of(1, 2)
        Rational.of(40, 3).floor(2) == new BigDecimal('13.33')
        Rational.of(7, 2).toString() == '7/2'
    }
}
