package nl.wijkdeal.tally.pabulib

import nl.wijkdeal.tally.BallotKind
import spock.lang.Specification

class PabulibReaderSpec extends Specification {

    static String file(String votesType = 'approval', String projects = 'A;1000;Speeltuin\nB;2372571.24;Bankjes',
                       String votes = 'v1;A,B\nv2;B') {
        """META
key;value
description;test
num_projects;2
num_votes;2
budget;4000.0
vote_type;$votesType
PROJECTS
project_id;cost;name;votes
$projects
VOTES
voter_id;vote
$votes
"""
    }

    def "reads a plain approval file"() {
        when:
        def e = PabulibReader.parse(file())

        then:
        e.kind() == BallotKind.APPROVAL
        e.budget() == new BigDecimal('4000.0')
        e.budget().scale() == 1
        e.projects()*.id() == ['A', 'B']
        e.projects()*.cost() == [new BigDecimal('1000'), new BigDecimal('2372571.24')]
        e.projects()*.name() == ['Speeltuin', 'Bankjes']
        e.ballots()*.projectIds() == [['A', 'B'], ['B']]
        e.meta().description == 'test'
    }

    def "handles #quirk"() {
        expect:
        PabulibReader.parse(text).projects()*.name() == names

        where:
        quirk                    | text                                                                   || names
        'CRLF line ends'         | file().replace('\n', '\r\n')                                           || ['Speeltuin', 'Bankjes']
        'a byte order mark'      | '\uFEFF' + file()                                                      || ['Speeltuin', 'Bankjes']
        'quoted ; and ""'        | file('approval', 'A;1000;"Park; ""De Wijert"""\nB;5;x')                 || ['Park; "De Wijert"', 'x']
        'a line break in quotes' | file('approval', 'A;1000;"twee\nregels"\nB;5;x')                        || ['twee\nregels', 'x']
        'blank lines'            | file().replace('PROJECTS', '\n\nPROJECTS')                             || ['Speeltuin', 'Bankjes']
    }

    def "string ids, extra columns and empty ballots"() {
        when:
        def e = PabulibReader.parse("""META
key;value
budget;100
vote_type;approval
PROJECTS
project_id;votes;cost;category
BO.D8.1/23;99;50;groen
x-2;0;50;
VOTES
voter_id;age;vote;sex
1;34;BO.D8.1/23,x-2;M
2;;;F
""")

        then:
        e.projects()*.id() == ['BO.D8.1/23', 'x-2']
        e.ballots()*.projectIds() == [['BO.D8.1/23', 'x-2'], []]
    }

    def "ordinal order and cumulative points are kept"() {
        expect:
        PabulibReader.parse(file('ordinal', 'A;1;a\nB;1;b', 'v1;B,A')).ballots()[0].projectIds() == ['B', 'A']
        PabulibReader.parse(file('cumulative', 'A;1;a\nB;1;b', 'v1;B,A;3,2').replace('voter_id;vote', 'voter_id;vote;points'))
                .ballots()[0].points() == [3L, 2L]
    }

    def "a broken file says where and what: #problem"() {
        when:
        PabulibReader.parse(text)

        then:
        def e = thrown(PabulibException)
        e.message == message

        where:
        problem             | text                                                     || message
        'cost not a number' | file('approval', 'A;abc;x\nB;1;y')                       || "regel 10: kosten 'abc' is geen getal"
        'unknown project'   | file('approval', 'A;1;x\nB;1;y', 'v1;A\nv2;A,Z')         || "regel 15: de stem noemt plan 'Z', maar dat plan staat niet bij PROJECTS"
        'duplicate project' | file('approval', 'A;1;x\nA;2;y')                         || "regel 11: plan 'A' staat er al (regel 10)"
        'unknown vote type' | file('knapsack')                                         || "regel 7: soort stemming (vote_type) 'knapsack' ken ik niet; wel: approval, choose-1, ordinal, cumulative, scoring"
        'no budget'         | file().replace('budget;4000.0\n', '')                    || "regel 1: META mist de regel 'budget'"
        'budget not number' | file().replace('4000.0', 'veel')                         || "regel 6: budget 'veel' is geen getal"
        'open quote'        | file('approval', 'A;1;"x\nB;1;y')                        || 'regel 10: een aanhalingsteken (") wordt niet gesloten'
        'no cost column'    | file().replace('project_id;cost;name', 'project_id;prijs;name') || "regel 9: kolom 'cost' ontbreekt in de kop van PROJECTS"
        'points mismatch'   | file('cumulative', 'A;1;a\nB;1;b', 'v1;A,B;3').replace('voter_id;vote', 'voter_id;vote;points') || 'regel 14: de stem noemt 2 plannen maar geeft 1 punten'
        'points not whole'  | file('cumulative', 'A;1;a\nB;1;b', 'v1;A;2.5').replace('voter_id;vote', 'voter_id;vote;points') || "regel 14: punten '2.5' is geen geheel getal"
        'no votes section'  | file().substring(0, file().indexOf('VOTES'))             || 'het bestand heeft geen VOTES-deel'
        'data before META'  | 'hallo\n' + file()                                       || 'regel 1: gegevens voor de eerste kop; het bestand moet beginnen met META'
    }

    def "the line number of a broken line is available on its own"() {
        when:
        PabulibReader.parse(file('approval', 'A;abc;x\nB;1;y'))

        then:
        def e = thrown(PabulibException)
        e.line() == 10
        e.problem() == "kosten 'abc' is geen getal"
    }

    def "writing then reading gives the same election, also for awkward names"() {
        given:
        def e = PabulibReader.parse(file('approval', 'A;1000;"Park; ""De Wijert"""\nB;0.50;"twee\nregels"'))

        expect:
        PabulibReader.parse(PabulibWriter.toText(e)) == e
    }

    def "an election built by the service (no META) is written as a complete file"() {
        given:
        def e = nl.wijkdeal.tally.Election.of(100G, BallotKind.CUMULATIVE,
                [new nl.wijkdeal.tally.Project('1', 60), new nl.wijkdeal.tally.Project('2', 40)],
                [new nl.wijkdeal.tally.Ballot('a', ['2', '1'], [2L, 1L]), new nl.wijkdeal.tally.Ballot('b', [], [])])

        when:
        def back = PabulibReader.parse(PabulibWriter.toText(e))

        then:
        back.meta() == [num_projects: '2', num_votes: '2', budget: '100', vote_type: 'cumulative']
        back.projects() == e.projects()
        back.ballots() == e.ballots()
        back.budget() == e.budget()
    }
}
