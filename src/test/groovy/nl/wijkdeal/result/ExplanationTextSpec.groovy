package nl.wijkdeal.result

import nl.wijkdeal.kernel.Money
import nl.wijkdeal.round.BallotKind
import nl.wijkdeal.round.Phase
import nl.wijkdeal.round.RoundSettings
import nl.wijkdeal.round.SelectionRule
import nl.wijkdeal.tally.Explanation
import nl.wijkdeal.tally.Reason
import nl.wijkdeal.tally.ScoreUnit
import spock.lang.Shared
import spock.lang.Specification

import java.text.MessageFormat

class ExplanationTextSpec extends Specification {

    static final Locale NL = Locale.forLanguageTag('nl')
    static final Locale EN = Locale.forLanguageTag('en')

    @Shared
    Map<Locale, ResourceBundle> bundles = [NL, EN].collectEntries {
        [(it): ResourceBundle.getBundle('i18n/messages', it,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))]
    }

    /** As nl.wijkdeal.web.Messages does it: always through MessageFormat, in the page's locale. */
    String say(Locale locale, ExplanationText.Sentence sentence) {
        new MessageFormat(bundles[locale].getString(sentence.key()), locale).format(sentence.arguments())
    }

    /** How many arguments a text uses: the highest {n} plus one, also inside a choice. */
    static int arguments(String pattern) {
        def used = (pattern =~ /\{(\d+)[,}]/).collect { it[1] as int }
        used ? used.max() + 1 : 0
    }

    static Explanation explanation(Reason reason, ScoreUnit unit = ScoreUnit.VOTES) {
        new Explanation('7', reason, 3, 5, 1240, unit, new BigDecimal('12400.00'), new BigDecimal('15000'),
                reason == Reason.BELOW_THRESHOLD ? 50 : 10, reason == Reason.STOPPED_BEFORE_ITS_TURN ? '4' : '')
    }

    def "#reason under #rule has a sentence in Dutch and English that uses all its values"() {
        given:
        def sentence = ExplanationText.why(rule, explanation(reason), { id -> "Plan ${id}" as String })

        expect:
        sentence.key().startsWith('result.why.')
        [NL, EN].every { locale ->
            // exactly the arguments ExplanationText gives: none left as {n}, none given for nothing
            arguments(bundles[locale].getString(sentence.key())) == sentence.args().size()
        }
        [NL, EN].every { locale -> !say(locale, sentence).contains('{') && !say(locale, sentence).isBlank() }
        say(NL, sentence) != say(EN, sentence)
        new Explanation('7', reason, 0, 0, 0, ScoreUnit.VOTES, BigDecimal.ZERO, BigDecimal.ZERO, 0, '').selected() ==
                say(NL, sentence).startsWith('Gekozen')

        where:
        // every Reason with every rule: a new Reason fails here until it has its sentence
        [reason, rule] << [Reason.values(), SelectionRule.values()].combinations()
    }

    def "Dutch: #reason reads '#dutch'"() {
        expect:
        say(NL, ExplanationText.why(rule, explanation(reason, unit), { "Speeltuin aan de Kerkstraat" })) == dutch

        where:
        reason                         | rule                        | unit              || dutch
        Reason.SELECTED                | SelectionRule.GREEDY        | ScoreUnit.VOTES   || 'Gekozen: dit plan had plaats 5 en paste nog in het budget.'
        Reason.SELECTED                | SelectionRule.TOP_N         | ScoreUnit.POINTS  || 'Gekozen: dit plan had plaats 5. Het hoort bij de beste plannen.'
        Reason.SELECTED                | SelectionRule.EQUAL_SHARES  | ScoreUnit.VOTES   || 'Gekozen in ronde 3: de mensen die dit plan kozen, konden het samen betalen met hun deel van het budget.'
        Reason.SELECTED_BY_FILL        | SelectionRule.EQUAL_SHARES  | ScoreUnit.VOTES   || 'Gekozen: na de verdeling in gelijke delen was er nog geld over. Dit plan had plaats 5 en paste daar nog in.'
        Reason.DOES_NOT_FIT            | SelectionRule.GREEDY        | ScoreUnit.VOTES   || 'Niet gekozen: toen dit plan aan de beurt was, was er nog € 12.400 over. Het plan kost € 15.000.'
        Reason.STOPPED_BEFORE_ITS_TURN | SelectionRule.GREEDY        | ScoreUnit.VOTES   || 'Niet gekozen: het tellen stopte bij het plan "Speeltuin aan de Kerkstraat". Dat plan paste niet meer in het budget. Dit plan kwam daarna.'
        Reason.BELOW_THRESHOLD         | SelectionRule.GREEDY        | ScoreUnit.VOTES   || 'Niet gekozen: een plan had minstens 50 stemmen nodig. Dit plan kreeg er 1.240.'
        Reason.BELOW_THRESHOLD         | SelectionRule.TOP_N         | ScoreUnit.POINTS  || 'Niet gekozen: een plan had minstens 50 punten nodig. Dit plan kreeg er 1.240.'
        Reason.NOT_IN_TOP_N            | SelectionRule.TOP_N         | ScoreUnit.VOTES   || 'Niet gekozen: alleen de beste 10 plannen zijn gekozen. Dit plan had plaats 5.'
        Reason.NO_SUPPORT              | SelectionRule.GREEDY        | ScoreUnit.VOTES   || 'Niet gekozen: niemand heeft dit plan gekozen.'
        Reason.SUPPORTERS_SHORT        | SelectionRule.EQUAL_SHARES  | ScoreUnit.VOTES   || 'Niet gekozen: de mensen die dit plan kozen, hadden samen nog € 12.400 over. Het plan kost € 15.000.'
    }

    def "English keeps its apostrophe, writes its own numbers and the site's money"() {
        expect:
        say(EN, ExplanationText.why(SelectionRule.GREEDY, explanation(Reason.DOES_NOT_FIT), { it })) ==
                "Not chosen: when it was this plan's turn, there was € 12.400 left. The plan costs € 15.000."
        say(EN, ExplanationText.why(SelectionRule.GREEDY, explanation(Reason.BELOW_THRESHOLD, ScoreUnit.POINTS), { it })) ==
                'Not chosen: a plan needed at least 50 points. This plan got 1,240.'
    }

    def "money with cents is shown with cents, rounded down"() {
        given:
        def sentence = ExplanationText.why(SelectionRule.EQUAL_SHARES, Reason.SUPPORTERS_SHORT, 0, 9, 3, ScoreUnit.VOTES,
                new BigDecimal('1234.567'), new BigDecimal('2500'), 0, '')

        expect:
        sentence.args() == ['€ 1.234,56', '€ 2.500']
    }

    def "a plan title that cannot be found is shown as its number"() {
        expect:
        ExplanationText.why(SelectionRule.GREEDY, explanation(Reason.STOPPED_BEFORE_ITS_TURN), { null }).args() == ['4']
    }

    def "zo is geteld for #kind with #rule: kind, rule and tie, all in both languages"() {
        given:
        def sentences = ExplanationText.how(settings(kind, rule, 3, [3, 2, 1]), Money.euros(25000))

        expect:
        sentences*.key() == ["result.how.kind.${kind.key()}", "result.how.rule.${rule.key()}", 'result.how.tie']
        sentences.every { s ->
            [NL, EN].every { locale ->
                arguments(bundles[locale].getString(s.key())) == s.args().size() && !say(locale, s).contains('{')
            }
        }

        where:
        [kind, rule] << [BallotKind.values(), SelectionRule.values()].combinations()
    }

    def "zo is geteld reads well in Dutch and English"() {
        given:
        def say = { Locale locale, BallotKind kind, SelectionRule rule, int k, int n ->
            ExplanationText.how(settings(kind, rule, k, [5, 3, 1], n), Money.euros(12400)).collect { say(locale, it) }
        }

        expect:
        say(NL, BallotKind.RANKED, SelectionRule.TOP_N, 5, 10) == [
                'Je zette plannen op volgorde. Op plaats 1 kreeg een plan 5 punten, op plaats 2 4 punten, en zo verder. De punten van alle stemmers zijn bij elkaar opgeteld.',
                'We zetten de plannen op volgorde: het plan met de meeste punten eerst. De plannen op plaats 1 tot en met 10 zijn gekozen. Wat een plan kost, telde niet mee.',
                'Hadden twee plannen evenveel punten? Dan ging het plan voor dat meer mensen kozen. Was dat ook gelijk? Dan besliste het nummer van het plan (de nummers als tekst op volgorde, zoals in de open data).']
        say(NL, BallotKind.RANKED, SelectionRule.TOP_N, 1, 1)[0..1] == [
                'Je koos 1 plan. Dat plan kreeg 1 punt van je. De punten van alle stemmers zijn bij elkaar opgeteld.',
                'We zetten de plannen op volgorde: het plan met de meeste punten eerst. Het plan op plaats 1 is gekozen. Wat een plan kost, telde niet mee.']
        say(NL, BallotKind.RANKED, SelectionRule.GREEDY, 2, 1)[0] ==
                'Je zette plannen op volgorde. Op plaats 1 kreeg een plan 2 punten, op plaats 2 kreeg het 1 punt. De punten van alle stemmers zijn bij elkaar opgeteld.'
        say(NL, BallotKind.CHOOSE_UP_TO, SelectionRule.GREEDY, 3, 1)[0..1] == [
                'Je mocht 3 plannen kiezen. Elk plan dat je koos, kreeg 1 stem van je.',
                'We zetten de plannen op volgorde: het plan met de meeste stemmen eerst. In die volgorde kregen plannen geld, tot het budget van € 12.400 op was. Paste een plan niet meer? Dan keken we naar het volgende plan.']
        say(NL, BallotKind.CHOOSE_UP_TO, SelectionRule.GREEDY, 1, 1)[0] == 'Je mocht 1 plan kiezen. Elk plan dat je koos, kreeg 1 stem van je.'
        say(NL, BallotKind.POINTS, SelectionRule.EQUAL_SHARES, 3, 1)[0..1] == [
                'Je gaf punten aan 3 plannen: 5, 3, 1. De punten van alle stemmers zijn bij elkaar opgeteld.',
                'Elke stemmer kreeg een gelijk deel van het budget van € 12.400. Een plan werd gekozen als de mensen die het kozen, het samen konden betalen. Zo krijgen ook kleinere groepen in de wijk een plan.']
        say(NL, BallotKind.KNAPSACK, SelectionRule.GREEDY, 3, 1)[0] == 'Je koos plannen tot het budget van € 12.400 op was. Elk plan dat je koos, kreeg 1 stem van je.'
        say(EN, BallotKind.RANKED, SelectionRule.TOP_N, 5, 10) == [
                'You put plans in order. In place 1 a plan got 5 points, in place 2 4 points, and so on. The points of all voters were added up.',
                'We put the plans in order: the plan with the most points first. The plans in places 1 to 10 are chosen. What a plan costs did not count.',
                'Did two plans have the same number of points? Then the plan that more people chose went first. Was that equal too? Then the plan number decided (the numbers in text order, as in the open data).']
    }

    def "every result key is in both files, and ExplanationText uses each of them"() {
        given:
        def keys = { Locale locale -> bundles[locale].keySet().findAll { it.startsWith('result.why.') || it.startsWith('result.how.') } }
        def used = [Reason.values(), SelectionRule.values()].combinations().collect { Reason reason, SelectionRule rule ->
            ExplanationText.why(rule, explanation(reason, ScoreUnit.VOTES), { it }).key()
        } + [BallotKind.values(), SelectionRule.values()].combinations().collectMany { BallotKind kind, SelectionRule rule ->
            ExplanationText.how(settings(kind, rule, 3, [3, 2, 1]), Money.euros(1))*.key()
        }

        expect:
        keys(NL) == keys(EN)
        keys(NL) == used as Set
    }

    static RoundSettings settings(BallotKind kind, SelectionRule rule, int k, List<Integer> points, int topN = 10) {
        new RoundSettings(['GM0363': Money.euros(25000)], Money.euros(25000), kind, k,
                kind == BallotKind.POINTS ? points : [], topN, rule, 12, [] as Set, new EnumMap<>(Phase))
    }
}
