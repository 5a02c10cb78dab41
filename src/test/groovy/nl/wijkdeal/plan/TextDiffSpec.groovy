package nl.wijkdeal.plan

import spock.lang.Specification

import static nl.wijkdeal.plan.TextDiff.Kind.ADDED
import static nl.wijkdeal.plan.TextDiff.Kind.REMOVED
import static nl.wijkdeal.plan.TextDiff.Kind.SAME

/** Word differences between two versions of a plan's text. */
class TextDiffSpec extends Specification {

    static List<List> parts(String before, String after) {
        TextDiff.of(before, after).collect { [it.kind(), it.text()] }
    }

    def "#why"() {
        expect:
        parts(before, after) == expected

        where:
        why                    | before                 | after                          || expected
        'nothing changed'      | 'Drie bankjes'         | 'Drie bankjes'                 || [[SAME, 'Drie bankjes']]
        'a word replaced'      | 'Drie bankjes'         | 'Vier bankjes'                 || [[REMOVED, 'Drie'], [ADDED, 'Vier'], [SAME, ' bankjes']]
        'words added at end'   | 'Drie bankjes'         | 'Drie bankjes bij de vijver'   || [[SAME, 'Drie bankjes'], [ADDED, ' bij de vijver']]
        'words removed inside' | 'Drie grote bankjes'   | 'Drie bankjes'                 || [[SAME, 'Drie '], [REMOVED, 'grote '], [SAME, 'bankjes']]
        'from nothing'         | ''                     | 'Wijertpark'                   || [[ADDED, 'Wijertpark']]
        'to nothing'           | 'Wijertpark'           | null                           || [[REMOVED, 'Wijertpark']]
        'line breaks kept'     | 'Een\nTwee'            | 'Een\nDrie'                    || [[SAME, 'Een\n'], [REMOVED, 'Twee'], [ADDED, 'Drie']]
    }

    def "putting the unchanged and added parts together gives the new text, the unchanged and removed the old"() {
        given:
        String before = 'Veel ouderen wandelen hier, maar er is nergens om te zitten. Drie bankjes helpen.'
        String after = 'Veel mensen wandelen hier. Er is nergens om te zitten: vier bankjes met een leuning helpen.'
        def result = TextDiff.of(before, after)

        expect:
        result.findAll { it.kind() != REMOVED }*.text().join('') == after
        result.findAll { it.kind() != ADDED }*.text().join('') == before
        TextDiff.changed(result)
        !TextDiff.changed(TextDiff.of(after, after))
    }

    def "a very long text is shown as replaced as a whole instead of building a huge table"() {
        given:
        String long1 = (1..3000).collect { "w$it" }.join(' ')
        String long2 = long1 + ' extra'

        expect:
        parts(long1, long2)*.get(0) == [REMOVED, ADDED]
    }
}
