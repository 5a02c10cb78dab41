package nl.wijkdeal.plan

import nl.wijkdeal.kernel.Money
import nl.wijkdeal.web.FormData
import spock.lang.Specification

/** The plan form's rules: a message per field, the text as typed, nothing interpreted. */
class PlanFormRulesSpec extends Specification {

    static final PlanFormRules.Allowed ALLOWED = new PlanFormRules.Allowed(
            ['WK001406': Money.euros(25_000), 'WK001405': Money.euros(20_000)], ['Groen', 'Verkeer'])

    static FormData form(Map changes = [:]) {
        Map<String, Object> fields = [title: 'Bankjes in het park', summary: 'Drie bankjes bij de vijver.',
                                      description: 'Ouderen willen kunnen rusten.', cost: '2.500', wijk: 'WK001406',
                                      theme: 'Groen', location: 'Wijertpark', shownName: 'Anna', email: 'Anna@Example.nl']
        fields.putAll(changes)
        FormData.of(fields)
    }

    def "a good plan reads into its text, amounts in cents"() {
        when:
        def reading = PlanFormRules.readText(form(), ALLOWED)

        then:
        reading.ok()
        reading.text().get() == new PlanText('Bankjes in het park', 'Drie bankjes bij de vijver.', 'Ouderen willen kunnen rusten.',
                new Money(250_000), 'WK001406', 'Groen', 'Wijertpark')
    }

    def "#why: '#field' gets #message"() {
        expect:
        PlanFormRules.readText(form(changes), ALLOWED).errors() == [(field): message]

        where:
        why                        | changes                                  || field         | message
        'empty title'              | [title: '   ']                           || 'title'       | 'plan.error.title.empty'
        'title one too long'       | [title: 'x' * 81]                        || 'title'       | 'plan.error.tooLong'
        'summary too long'         | [summary: 'x' * 301]                     || 'summary'     | 'plan.error.tooLong'
        'no description'           | [description: '']                        || 'description' | 'plan.error.description.empty'
        'description too long'     | [description: 'x' * 5001]                || 'description' | 'plan.error.tooLong'
        'no cost'                  | [cost: '']                               || 'cost'        | 'plan.error.cost.empty'
        'cost not an amount'       | [cost: 'veel']                           || 'cost'        | 'plan.error.cost.invalid'
        'cost zero'                | [cost: '0']                              || 'cost'        | 'plan.error.cost.positive'
        'cost negative'            | [cost: '-5']                             || 'cost'        | 'plan.error.cost.positive'
        'more than the wijk has'   | [cost: '25.000,01']                      || 'cost'        | 'plan.error.cost.tooHigh'
        'no wijk'                  | [wijk: '']                               || 'wijk'        | 'plan.error.wijk.choose'
        'wijk of another round'    | [wijk: 'WK001410']                       || 'wijk'        | 'plan.error.wijk.unknown'
        'no theme'                 | [theme: '']                              || 'theme'       | 'plan.error.theme.choose'
        'unknown theme'            | [theme: 'Sport']                         || 'theme'       | 'plan.error.theme.unknown'
        'location too long'        | [location: 'x' * 201]                    || 'location'    | 'plan.error.tooLong'
    }

    def "the whole wijk budget is allowed, a cent more is not"() {
        expect:
        PlanFormRules.readText(form(cost: '25.000'), ALLOWED).ok()
        PlanFormRules.readText(form(wijk: 'WK001405', cost: '20.000,01'), ALLOWED).errors().cost == 'plan.error.cost.tooHigh'
    }

    def "without themes in the round, the theme is not asked"() {
        expect:
        PlanFormRules.readText(form(theme: ''), new PlanFormRules.Allowed(ALLOWED.budgets(), [])).text().get().theme() == null
    }

    def "HTML and script stay as typed text (the page escapes them); control characters go, line breaks stay"() {
        when:
        def text = PlanFormRules.readText(form(title: '<script>alert(1)</script>',
                description: 'Regel een\r\nRegel twee\u0000\u0007 <b>vet</b>'), ALLOWED).text().get()

        then:
        text.title() == '<script>alert(1)</script>'
        text.description() == 'Regel een\nRegel twee <b>vet</b>'
    }

    def "several mistakes at once: every field has its own message"() {
        expect:
        PlanFormRules.readText(form(title: '', cost: 'x', wijk: ''), ALLOWED).errors().keySet() == ['title', 'cost', 'wijk'] as Set
    }

    def "an e-mail address is kept in lower case"() {
        given:
        def errors = [:]

        expect:
        PlanFormRules.email(' Anna@Example.NL ', 'email', errors) == 'anna@example.nl'
        errors.isEmpty()
    }

    def "e-mail '#typed': #message"() {
        given:
        def errors = [:]

        when:
        PlanFormRules.email(typed, 'email', errors)

        then:
        errors.email == message

        where:
        typed              || message
        ''                 || 'plan.error.email.empty'
        'anna'             || 'plan.error.email.invalid'
        'anna@example'     || 'plan.error.email.invalid'
        'an na@example.nl' || 'plan.error.email.invalid'
        'a@b@example.nl'   || 'plan.error.email.invalid'
    }

    def "the name to show is optional and limited"() {
        given:
        def errors = [:]

        expect:
        PlanFormRules.shownName(FormData.of([shownName: '  ']), errors).isEmpty()
        PlanFormRules.shownName(FormData.of([shownName: ' Anna ']), errors).get() == 'Anna'
        errors.isEmpty()
        PlanFormRules.shownName(FormData.of([shownName: 'x' * 81]), errors).isPresent() && errors.shownName == 'plan.error.tooLong'
    }
}
