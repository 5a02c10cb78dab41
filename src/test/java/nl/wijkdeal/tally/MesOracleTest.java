package nl.wijkdeal.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast engine against the textbook: a naive exact Method of Equal Shares written straight from the
 * definition (one Rational per voter, every plan evaluated every round by sorting its supporters), on
 * thousands of small random elections built to be full of exact ties (few distinct costs, few voters,
 * repeated ballots, small budgets). Fixed seeds: the same elections on every run.
 */
class MesOracleTest {

    @Test
    void fastEngineEqualsNaiveDefinitionOnRandomElections() {
        Random random = new Random(20261122L);
        int checked = 0;
        for (int round = 0; round < 3000; round++) {
            Election election = randomElection(random);
            for (Utility utility : Utility.values()) {
                RuleSettings settings = RuleSettings.mes(utility, Completion.NONE);
                Profile profile = Profile.of(election, BallotReading.AS_CAST);
                List<String> naive = naiveMes(profile, utility, Rational.of(profile.budget(), profile.voters()));
                assertEquals(naive, Tally.run(election, settings).selected(),
                        () -> "utility " + utility + " on " + election);
                checked++;
            }
        }
        assertEquals(12000, checked);
    }

    @Test
    void fastEngineEqualsNaiveDefinitionWithLargeAwkwardAmounts() {
        // amounts up to 10^9 over up to 29 voters: long fractions, where the doubles only point the way
        Random random = new Random(3L);
        for (int round = 0; round < 1500; round++) {
            Election small = randomElection(random);
            long factor = 1 + random.nextInt(1_000_000);
            List<Ballot> ballots = new ArrayList<>();
            for (Ballot b : small.ballots()) {
                ballots.add(new Ballot(b.voterId(), b.projectIds(), List.of()));
            }
            for (int extra = random.nextInt(21); extra > 0; extra--) {
                ballots.add(new Ballot("x" + extra, ballots.get(random.nextInt(ballots.size())).projectIds(), List.of()));
            }
            Election election = Election.of(small.budget().multiply(BigDecimal.valueOf(factor)).add(BigDecimal.valueOf(random.nextInt(997))),
                    BallotKind.APPROVAL,
                    small.projects().stream().map(p -> new Project(p.id(), p.cost().multiply(BigDecimal.valueOf(factor))
                            .add(BigDecimal.valueOf(p.cost().signum() == 0 ? 0 : random.nextInt(991))), "")).toList(),
                    ballots);
            for (Utility utility : List.of(Utility.COST, Utility.APPROVAL)) {
                Profile profile = Profile.of(election, BallotReading.AS_CAST);
                assertEquals(naiveMes(profile, utility, Rational.of(profile.budget(), profile.voters())),
                        Tally.run(election, RuleSettings.mes(utility, Completion.NONE)).selected(),
                        () -> "utility " + utility + " on " + election);
            }
        }
    }

    @Test
    void add1SearchEqualsNaiveSteppingOnRandomElections() {
        Random random = new Random(7L);
        for (int round = 0; round < 400; round++) {
            Election election = randomElection(random);
            for (Utility utility : List.of(Utility.COST, Utility.APPROVAL, Utility.POINTS_COST)) {
                Profile profile = Profile.of(election, BallotReading.AS_CAST);
                List<String> expected = naiveAdd1(profile, utility);
                assertEquals(expected, Tally.run(election, RuleSettings.mes(utility, Completion.ADD1)).selected(),
                        () -> "add1, utility " + utility + " on " + election);
            }
        }
    }

    /** Few voters and plans, costs from a short list, points 1 to 3: ties on every corner. */
    static Election randomElection(Random random) {
        int plans = 2 + random.nextInt(6);
        List<Project> projects = new ArrayList<>();
        long[] costs = {0, 3, 4, 6, 6, 10, 12, 20};
        for (int j = 0; j < plans; j++) {
            projects.add(new Project(Integer.toString(random.nextInt(3) == 0 ? j + 8 : j), costs[random.nextInt(costs.length)]));
        }
        projects = projects.stream().filter(distinctBy(projects)).toList();
        int voters = 1 + random.nextInt(9);
        List<Ballot> ballots = new ArrayList<>();
        List<Ballot> templates = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
            if (!templates.isEmpty() && random.nextBoolean()) {
                Ballot t = templates.get(random.nextInt(templates.size()));
                ballots.add(new Ballot("v" + v, t.projectIds(), t.points()));
                continue;
            }
            List<String> ids = new ArrayList<>();
            List<Long> points = new ArrayList<>();
            for (Project p : projects) {
                if (random.nextInt(3) > 0) {
                    ids.add(p.id());
                    points.add(1L + random.nextInt(3));
                }
            }
            Ballot b = new Ballot("v" + v, ids, points);
            templates.add(b);
            ballots.add(b);
        }
        long budget = 5 + random.nextInt(40);
        return Election.of(BigDecimal.valueOf(budget), BallotKind.CUMULATIVE, projects, ballots);
    }

    private static java.util.function.Predicate<Project> distinctBy(List<Project> all) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return p -> seen.add(p.id());
    }

    /** The definition, naively: money per voter, every plan re-evaluated every round. */
    static List<String> naiveMes(Profile profile, Utility utility, Rational endowment) {
        int n = profile.ballotCount();
        Rational[] money = new Rational[n];
        java.util.Arrays.fill(money, endowment);
        List<Integer> remaining = new ArrayList<>();
        List<String> selected = new ArrayList<>();
        List<Integer> free = new ArrayList<>();
        for (int j = 0; j < profile.projectCount(); j++) {
            if (profile.score(j) > 0) {
                (profile.cost(j) == 0 ? free : remaining).add(j);
            }
        }
        free.sort(Comparator.comparing(profile::id));
        free.forEach(j -> selected.add(profile.id(j)));
        while (true) {
            Rational bestRho = null;
            int best = -1;
            List<Integer> dropped = new ArrayList<>();
            for (int j : remaining) {
                Rational rho = rho(profile, utility, money, j);
                if (rho == null) {
                    dropped.add(j);
                } else if (best < 0 || rho.compareTo(bestRho) < 0
                        || (rho.compareTo(bestRho) == 0 && profile.id(j).compareTo(profile.id(best)) < 0)) {
                    best = j;
                    bestRho = rho;
                }
            }
            remaining.removeAll(dropped);
            if (best < 0) {
                return selected;
            }
            for (int b = 0; b < n; b++) {
                long u = utility(profile, utility, b, best);
                if (u > 0) {
                    Rational pay = bestRho.multiply(u);
                    money[b] = money[b].compareTo(pay) <= 0 ? Rational.ZERO : money[b].subtract(pay);
                }
            }
            selected.add(profile.id(best));
            remaining.remove(Integer.valueOf(best));
        }
    }

    /** Utility of plan j for ballot b, with the cost factor (so rho is per unit of this utility). */
    private static long utility(Profile profile, Utility utility, int b, int j) {
        int[] js = profile.ballotProjects(b);
        for (int t = 0; t < js.length; t++) {
            if (js[t] == j) {
                long points = profile.ballotPoints(b)[t];
                return switch (utility) {
                    case COST -> profile.cost(j);
                    case APPROVAL -> 1;
                    case POINTS -> points;
                    case POINTS_COST -> points * profile.cost(j);
                };
            }
        }
        return 0;
    }

    /** Smallest rho with sum of min(money, rho x u) = cost, or null when the supporters cannot pay. */
    private static Rational rho(Profile profile, Utility utility, Rational[] money, int j) {
        List<Integer> supporters = new ArrayList<>();
        Rational available = Rational.ZERO;
        long denom = 0;
        for (int b = 0; b < money.length; b++) {
            long u = utility(profile, utility, b, j);
            if (u > 0) {
                supporters.add(b);
                available = available.add(money[b]);
                denom += u;
            }
        }
        Rational cost = Rational.of(profile.cost(j));
        if (available.compareTo(cost) < 0) {
            return null;
        }
        supporters.sort((a, b) -> money[a].divide(utility(profile, utility, a, j))
                .compareTo(money[b].divide(utility(profile, utility, b, j))));
        Rational paid = Rational.ZERO;
        for (int b : supporters) {
            long u = utility(profile, utility, b, j);
            Rational rho = cost.subtract(paid).divide(denom);
            if (rho.multiply(u).compareTo(money[b]) <= 0) {
                return rho;
            }
            paid = paid.add(money[b]);
            denom -= u;
        }
        throw new AssertionError("affordable, yet no rho");
    }

    /** add1 by the definition: step one unit at a time with the naive MES. */
    static List<String> naiveAdd1(Profile profile, Utility utility) {
        Rational e = Rational.of(profile.budget(), profile.voters());
        List<String> previous = null;
        while (true) {
            List<String> outcome = naiveMes(profile, utility, e);
            long cost = 0;
            java.util.Set<String> chosen = new java.util.HashSet<>(outcome);
            for (int j = 0; j < profile.projectCount(); j++) {
                if (chosen.contains(profile.id(j))) {
                    cost += profile.cost(j);
                }
            }
            if (cost > profile.budget()) {
                return previous;
            }
            boolean all = true;
            boolean exhaustive = true;
            for (int j = 0; j < profile.projectCount(); j++) {
                if (profile.score(j) > 0 && profile.cost(j) > 0 && !chosen.contains(profile.id(j))) {
                    all = false;
                    exhaustive &= cost + profile.cost(j) > profile.budget();
                }
            }
            if (all || exhaustive) {
                return outcome;
            }
            previous = outcome;
            e = e.add(Rational.ONE);
        }
    }
}
