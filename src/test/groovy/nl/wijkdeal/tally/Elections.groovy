package nl.wijkdeal.tally

/** Small hand-made elections for the rule specs. */
class Elections {

    /** Approval ballots; ballots are written as strings like "A,B". */
    static Election approval(long budget, Map<String, Long> costs, List<String> ballots) {
        make(budget, BallotKind.APPROVAL, costs, ballots)
    }

    /** Rankings, favourite first. */
    static Election ordinal(long budget, Map<String, Long> costs, List<String> ballots) {
        make(budget, BallotKind.ORDINAL, costs, ballots)
    }

    /** Points ballots written as "A:3,B:1". */
    static Election cumulative(long budget, Map<String, Long> costs, List<String> ballots) {
        def projects = costs.collect { id, cost -> new Project(id, cost) }
        int voter = 0
        def list = ballots.collect { text ->
            def entries = text ? text.split(',').collect { it.split(':') } : []
            new Ballot("v${++voter}", entries.collect { it[0] }, entries.collect { Long.parseLong(it[1]) })
        }
        Election.of(BigDecimal.valueOf(budget), BallotKind.CUMULATIVE, projects, list)
    }

    private static Election make(long budget, BallotKind kind, Map<String, Long> costs, List<String> ballots) {
        def projects = costs.collect { id, cost -> new Project(id, cost) }
        int voter = 0
        def list = ballots.collect { text -> new Ballot("v${++voter}", text ? text.split(',') as List : [], []) }
        Election.of(BigDecimal.valueOf(budget), kind, projects, list)
    }
}
