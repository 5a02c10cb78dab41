package nl.wijkdeal.tally;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the Method of Equal Shares for a given starting budget per voter (the endowment), exact.
 *
 * <p><b>The rule.</b> Every voter starts with the endowment. Plans costing nothing that someone supports
 * are selected first. Then, each round, for every plan left the smallest factor rho is found such that
 * its supporters, each paying {@code min(own money, rho x utility)}, cover its cost; a plan whose
 * supporters together have less money than its cost drops out for good. The plan with the smallest rho
 * is selected (ties: the tie-break order), its supporters pay, and the next round starts.
 *
 * <p><b>Exact, but fast.</b> Voters with identical ballots form a group with a weight. A group that has
 * never paid everything it had holds exactly {@code e - sum over the selected plans p it supports of
 * rho'_p x u}, where rho'_p is the payment per utility point fixed when p was selected; a group that
 * once paid everything holds exactly 0. So an exact amount, or an exact sum over many groups, is a short
 * combination of e and the (at most a few dozen) rho' values with whole-number coefficients: cheap.
 * Each group also carries a double approximation of its money, used only to <i>find</i> candidates:
 * the poor/rich split and rho of a plan are first found in doubles, then rho is recomputed exactly for
 * that split and the split is verified exactly for every group too close to call (gap within 1e-9 of
 * the amounts; the doubles' error is below 1e-13). Between plans, doubles only rule out plans that are
 * clearly (relative 1e-7) worse; the winner and anything near it are compared exactly. So every
 * decision is exact, and the expensive arithmetic runs a few times per round, not once per voter.
 *
 * <p>A plan's rho can only go up from round to round (money only goes down), so its last rho is a lower
 * bound: plans are evaluated in order of that bound and the round ends once a bound clearly exceeds the
 * best rho found (the reference implementation's lazy evaluation).
 *
 * <p><b>Proof mode for the add1 search.</b> {@link #run(Rational, Result)} with a run at a lower
 * endowment e_lo checks a sufficient condition for "every endowment in [e_lo, e] gives the same
 * outcome"; see {@link Add1Search}.
 */
final class MesRun {

    /**
     * What one run produced.
     *
     * @param selected the selected project indexes in order (free plans first)
     * @param picks    per paid round its rho, exact (for proofs against a later run)
     * @param left     when asked: the money each unselected candidate's supporters have left at the end
     */
    record Result(Rational endowment, List<Integer> selected, List<Rational> picks, long totalCost,
                  Map<Integer, Rational> left) {
    }

    private static final double CLEAR = 1e-7;
    private static final double CLOSE = 1e-9;

    private final Profile profile;
    private final Utility utility;
    private final Comparator<Integer> tieOrder;
    private final int[] candidates;
    private final List<Integer> free;
    private final long[] weight;
    private final int[][] groupProjects;
    private final long[][] groupUtils;
    private final int[][] supGroups;
    /** Per project the supporters' utilities, or null when all are 1. */
    private final long[][] supUtil;
    private final long[] totalUtil;

    MesRun(Profile profile, Utility utility, Comparator<Integer> tieOrder, boolean[] eligible) {
        this.profile = profile;
        this.utility = utility;
        this.tieOrder = tieOrder;
        int m = profile.projectCount();
        List<Integer> cands = new ArrayList<>();
        List<Integer> freeList = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            if (eligible[j]) {
                (profile.cost(j) > 0 ? cands : freeList).add(j);
            }
        }
        freeList.sort(tieOrder);
        this.free = List.copyOf(freeList);
        this.candidates = cands.stream().mapToInt(Integer::intValue).toArray();

        // Group ballots by what MES sees of them: the candidate plans and, for point utilities, the
        // points. Voters in one group always hold the same money, so MES works per group with a weight;
        // ballots that differ only in plans that cannot be selected fall into one group.
        boolean points = utility.usesPoints();
        boolean[] isCandidate = new boolean[m];
        for (int j : candidates) {
            isCandidate[j] = true;
        }
        Map<Key, Integer> groups = new HashMap<>();
        List<Long> weights = new ArrayList<>();
        List<int[]> gp = new ArrayList<>();
        List<long[]> gu = new ArrayList<>();
        for (int b = 0; b < profile.ballotCount(); b++) {
            int[] js = profile.ballotProjects(b);
            long[] pts = profile.ballotPoints(b);
            int k = 0;
            for (int j : js) {
                k += isCandidate[j] ? 1 : 0;
            }
            if (k == 0) {
                continue;
            }
            // sorted by project so that equal ballots in another order meet in one group
            long[] entries = new long[k];
            int i = 0;
            for (int t = 0; t < js.length; t++) {
                if (isCandidate[js[t]]) {
                    entries[i++] = ((long) js[t] << 32) | t;
                }
            }
            Arrays.sort(entries);
            int[] kj = new int[k];
            long[] ku = new long[k];
            for (i = 0; i < k; i++) {
                int t = (int) entries[i];
                kj[i] = js[t];
                ku[i] = points ? pts[t] : 1;
            }
            Key key = new Key(kj, ku);
            Integer id = groups.putIfAbsent(key, weights.size());
            if (id == null) {
                weights.add(1L);
                gp.add(kj);
                gu.add(ku);
            } else {
                weights.set(id, weights.get(id) + 1);
            }
        }
        weight = weights.stream().mapToLong(Long::longValue).toArray();
        groupProjects = gp.toArray(new int[0][]);
        groupUtils = gu.toArray(new long[0][]);
        int[] count = new int[m];
        boolean[] allOne = new boolean[m];
        Arrays.fill(allOne, true);
        for (int g = 0; g < weight.length; g++) {
            for (int t = 0; t < groupProjects[g].length; t++) {
                count[groupProjects[g][t]]++;
                allOne[groupProjects[g][t]] &= groupUtils[g][t] == 1;
            }
        }
        supGroups = new int[m][];
        supUtil = new long[m][];
        totalUtil = new long[m];
        for (int j = 0; j < m; j++) {
            supGroups[j] = new int[count[j]];
            supUtil[j] = allOne[j] ? null : new long[count[j]];
        }
        int[] at = new int[m];
        for (int g = 0; g < weight.length; g++) {
            for (int t = 0; t < groupProjects[g].length; t++) {
                int j = groupProjects[g][t];
                long u = groupUtils[g][t];
                if (supUtil[j] != null) {
                    supUtil[j][at[j]] = u;
                }
                supGroups[j][at[j]++] = g;
                totalUtil[j] = Math.addExact(totalUtil[j], Math.multiplyExact(weight[g], u));
            }
        }
    }

    /** Plans MES may select that cost something: the ones exhaustiveness is judged over. */
    int[] candidates() {
        return candidates.clone();
    }

    /** Groups of voters that support at least one candidate (for tests and benchmarks). */
    int groupCount() {
        return weight.length;
    }

    /** A plain run. */
    Result run(Rational endowment, boolean explain) {
        return new State(endowment, null).run(explain);
    }

    /**
     * A run at {@code endowment} that also checks, against {@code lower} (a run at a lower endowment with
     * the same plans), a sufficient condition for every endowment in between to give the same outcome:
     * in every round, every other plan still in the race has, here, a rho above the winner's rho in
     * {@code lower} (or equal and later in tie order), and at the end every plan left is unaffordable here.
     * Returns null when the condition fails.
     */
    Result run(Rational endowment, Result lower) {
        return new State(endowment, lower).run(false);
    }

    /** The mutable state of one run. */
    private final class State {
        private final Rational endowment;
        private final double endowmentApprox;
        private final Result lower;
        private final double[] money;
        private final boolean[] broke;
        private final int[] roundOf;
        private final List<Rational> rhoPerPoint = new ArrayList<>();
        private final List<Rational> picks = new ArrayList<>();
        // The ledger: e and every rho' as whole numbers over one common denominator, so that exact sums
        // of money need no fraction arithmetic (no gcd) on the hot path.
        private BigInteger common;
        private BigInteger endowmentOver;
        private final List<BigInteger> rhoOver = new ArrayList<>();

        State(Rational endowment, Result lower) {
            this.endowment = endowment;
            this.endowmentApprox = endowment.approx();
            this.lower = lower;
            money = new double[weight.length];
            Arrays.fill(money, endowmentApprox);
            broke = new boolean[weight.length];
            roundOf = new int[profile.projectCount()];
            Arrays.fill(roundOf, -1);
            common = endowment.denominator();
            endowmentOver = endowment.numerator();
        }

        private void record(Rational perPoint) {
            rhoPerPoint.add(perPoint);
            BigInteger q = perPoint.denominator();
            BigInteger g = common.gcd(q);
            BigInteger factor = q.divide(g);
            if (!factor.equals(BigInteger.ONE)) {
                common = common.multiply(factor);
                endowmentOver = endowmentOver.multiply(factor);
                for (int r = 0; r < rhoOver.size(); r++) {
                    rhoOver.set(r, rhoOver.get(r).multiply(factor));
                }
            }
            rhoOver.add(perPoint.numerator().multiply(common.divide(q)));
        }

        Result run(boolean explain) {
            List<Integer> selected = new ArrayList<>(free);
            long total = 0;
            List<Integer> remaining = new ArrayList<>();
            double[] bound = new double[profile.projectCount()];
            for (int j : candidates) {
                remaining.add(j);
                bound[j] = key((double) profile.cost(j) / totalUtil[j], j) * (1 - CLEAR);
            }
            int round = 0;
            while (!remaining.isEmpty()) {
                remaining.sort(Comparator.comparingDouble(j -> bound[j]));
                Integer forced = null;
                Rational forcedRho = null;
                if (lower != null) {
                    if (round == lower.picks().size()) {
                        // the lower run stopped here: everything left must be unaffordable here too
                        for (int j : remaining) {
                            if (evaluate(j) != null) {
                                return null;
                            }
                        }
                        break;
                    }
                    forced = lower.selected().get(free.size() + round);
                    forcedRho = lower.picks().get(round);
                    if (!remaining.contains(forced)) {
                        return null;
                    }
                }
                List<Evaluation> evaluated = new ArrayList<>();
                List<Integer> dropped = new ArrayList<>();
                double best = Double.POSITIVE_INFINITY;
                double limit = forced != null ? forcedRho.approx() : Double.POSITIVE_INFINITY;
                for (int j : remaining) {
                    if (bound[j] > (forced != null ? limit : best) * (1 + CLEAR)) {
                        break; // this plan and the rest are clearly worse than the best one
                    }
                    if (forced != null && j == forced) {
                        continue;
                    }
                    Evaluation ev = evaluate(j);
                    if (ev == null) {
                        dropped.add(j);
                        continue;
                    }
                    bound[j] = ev.rhoApprox * (1 - CLEAR);
                    evaluated.add(ev);
                    best = Math.min(best, ev.rhoApprox);
                }
                remaining.removeAll(dropped);
                Evaluation winner;
                if (forced != null) {
                    // proof mode: nobody may beat the lower run's winner, measured at the lower endowment
                    for (Evaluation ev : evaluated) {
                        if (ev.rhoApprox <= forcedRho.approx() * (1 + CLEAR)) {
                            int c = exactRho(ev).compareTo(forcedRho);
                            if (c < 0 || (c == 0 && tieOrder.compare(ev.project, forced) < 0)) {
                                return null;
                            }
                        }
                    }
                    winner = evaluate(forced);
                    if (winner == null) {
                        throw new IllegalStateException("MES: more money per voter made a plan unaffordable");
                    }
                } else {
                    if (evaluated.isEmpty()) {
                        break;
                    }
                    winner = null;
                    for (Evaluation ev : evaluated) {
                        if (ev.rhoApprox <= best * (1 + CLEAR)) {
                            if (winner == null) {
                                winner = ev;
                            } else {
                                int c = exactRho(ev).compareTo(exactRho(winner));
                                if (c < 0 || (c == 0 && tieOrder.compare(ev.project, winner.project) < 0)) {
                                    winner = ev;
                                }
                            }
                        }
                    }
                }
                Rational rho = exactRho(winner);
                pay(winner, round);
                picks.add(rho);
                selected.add(winner.project);
                total += profile.cost(winner.project);
                remaining.remove(Integer.valueOf(winner.project));
                round++;
            }
            if (lower != null && round != lower.picks().size()) {
                return null;
            }
            Map<Integer, Rational> left = explain ? moneyLeft(selected) : Map.of();
            return new Result(endowment, List.copyOf(selected), List.copyOf(picks), total, left);
        }

        /** rho as compared between plans: per unit of utility, so divided by the cost for cost utilities. */
        private double key(double perPoint, int j) {
            return utility.timesCost() ? perPoint / profile.cost(j) : perPoint;
        }

        private Rational key(Rational perPoint, int j) {
            return utility.timesCost() ? perPoint.divide(profile.cost(j)) : perPoint;
        }

        /**
         * Finds the plan's rho in doubles (the poor/rich iteration), or null when its supporters together
         * have less money than it costs (decided exactly when close).
         */
        private Evaluation evaluate(int j) {
            int[] groups = supGroups[j];
            long[] utils = supUtil[j];
            double cost = profile.cost(j);
            double available = 0;
            long denom = 0;
            for (int t = 0; t < groups.length; t++) {
                int g = groups[t];
                if (!broke[g]) {
                    available += weight[g] * money[g];
                    denom += weight[g] * (utils == null ? 1 : utils[t]);
                }
            }
            if (available < cost * (1 - CLOSE) || denom == 0) {
                return null;
            }
            if (available <= cost * (1 + CLOSE)) {
                boolean[] all = new boolean[groups.length];
                for (int t = 0; t < groups.length; t++) {
                    all[t] = !broke[groups[t]];
                }
                if (exactSum(j, all).compareTo(Rational.of(profile.cost(j))) < 0) {
                    return null;
                }
            }
            Evaluation ev = new Evaluation(j, groups.length);
            double paid = 0;
            double rho = cost / denom;
            boolean changed = true;
            while (changed && denom > 0) {
                changed = false;
                for (int t = 0; t < groups.length; t++) {
                    int g = groups[t];
                    if (broke[g] || ev.poor[t]) {
                        continue;
                    }
                    long u = utils == null ? 1 : utils[t];
                    if (money[g] < rho * u) {
                        ev.poor[t] = true;
                        paid += weight[g] * money[g];
                        denom -= weight[g] * u;
                        changed = true;
                    }
                }
                if (denom > 0) {
                    rho = (cost - paid) / denom;
                }
            }
            ev.rhoPerPointApprox = rho;
            ev.rhoApprox = key(rho, j);
            // (cost - paid) loses precision when the poor nearly cover the cost: then settle it exactly
            double error = 1e-12 * (cost + paid) / Math.max(1, denom);
            if (denom <= 0 || error > CLOSE * rho) {
                if (denom <= 0) {
                    Arrays.fill(ev.poor, false);
                }
                exactRho(ev);
            }
            return ev;
        }

        /**
         * The exact rho for the evaluation's split, re-deciding exactly every group too close to call,
         * until the split agrees with its own rho: then it is the unique solution.
         */
        private Rational exactRho(Evaluation ev) {
            if (ev.rho != null) {
                return ev.rho;
            }
            int j = ev.project;
            int[] groups = supGroups[j];
            long[] utils = supUtil[j];
            Rational cost = Rational.of(profile.cost(j));
            for (int attempt = 0; attempt < 8; attempt++) {
                long denom = 0;
                boolean[] poorLive = new boolean[groups.length];
                for (int t = 0; t < groups.length; t++) {
                    int g = groups[t];
                    if (broke[g]) {
                        continue;
                    }
                    if (ev.poor[t]) {
                        poorLive[t] = true;
                    } else {
                        denom += weight[g] * (utils == null ? 1 : utils[t]);
                    }
                }
                if (denom == 0) {
                    // every supporter poor: make the richest rich again and retry
                    int richest = -1;
                    for (int t = 0; t < groups.length; t++) {
                        if (!broke[groups[t]] && (richest < 0 || money[groups[t]] > money[groups[richest]])) {
                            richest = t;
                        }
                    }
                    ev.poor[richest] = false;
                    continue;
                }
                Rational perPoint = cost.subtract(exactSum(j, poorLive)).divide(denom);
                double rhoD = perPoint.approx();
                boolean flipped = false;
                for (int t = 0; t < groups.length; t++) {
                    int g = groups[t];
                    if (broke[g]) {
                        continue;
                    }
                    long u = utils == null ? 1 : utils[t];
                    double gap = money[g] - rhoD * u;
                    double tolerance = CLOSE * (endowmentApprox + rhoD * u);
                    boolean poor;
                    ev.exactlyEmptied[t] = false;
                    if (gap < -tolerance) {
                        poor = true;
                    } else if (gap > tolerance) {
                        poor = false;
                    } else {
                        int c = exactMoney(g).compareTo(perPoint.multiply(u));
                        poor = c < 0;
                        ev.exactlyEmptied[t] = c == 0;
                    }
                    if (poor != ev.poor[t]) {
                        ev.poor[t] = poor;
                        flipped = true;
                    }
                }
                if (!flipped) {
                    ev.rhoPerPoint = perPoint;
                    ev.rhoPerPointApprox = rhoD;
                    ev.rho = key(perPoint, j);
                    ev.rhoApprox = ev.rho.approx();
                    return ev.rho;
                }
            }
            return exactSweep(ev);
        }

        /** The slow, obviously exact way: sort all supporters by exact money per point and sweep. */
        private Rational exactSweep(Evaluation ev) {
            int j = ev.project;
            int[] groups = supGroups[j];
            long[] utils = supUtil[j];
            List<Integer> live = new ArrayList<>();
            Rational[] perPoint = new Rational[groups.length];
            long denom = 0;
            for (int t = 0; t < groups.length; t++) {
                ev.poor[t] = true;
                ev.exactlyEmptied[t] = false;
                if (!broke[groups[t]]) {
                    long u = utils == null ? 1 : utils[t];
                    perPoint[t] = exactMoney(groups[t]).divide(u);
                    denom += weight[groups[t]] * u;
                    live.add(t);
                }
            }
            live.sort((a, b) -> perPoint[a].compareTo(perPoint[b]));
            Rational cost = Rational.of(profile.cost(j));
            Rational paid = Rational.ZERO;
            for (int i = 0; i < live.size(); i++) {
                int t = live.get(i);
                Rational afford = cost.subtract(paid).divide(denom);
                int c = afford.compareTo(perPoint[t]);
                if (c <= 0) {
                    for (int r = i; r < live.size(); r++) {
                        int rt = live.get(r);
                        ev.poor[rt] = false;
                        ev.exactlyEmptied[rt] = afford.equals(perPoint[rt]);
                    }
                    ev.rhoPerPoint = afford;
                    ev.rhoPerPointApprox = afford.approx();
                    ev.rho = key(afford, j);
                    ev.rhoApprox = ev.rho.approx();
                    return ev.rho;
                }
                long u = utils == null ? 1 : utils[t];
                paid = paid.add(perPoint[t].multiply(u).multiply(weight[groups[t]]));
                denom -= weight[groups[t]] * u;
            }
            throw new IllegalStateException("MES: plan " + profile.id(j) + " is not affordable after all");
        }

        /** Exact money of one group that has never paid everything. */
        private Rational exactMoney(int g) {
            if (broke[g]) {
                return Rational.ZERO;
            }
            BigInteger m = endowmentOver;
            int[] js = groupProjects[g];
            long[] us = groupUtils[g];
            for (int t = 0; t < js.length; t++) {
                int r = roundOf[js[t]];
                if (r >= 0) {
                    m = m.subtract(rhoOver.get(r).multiply(BigInteger.valueOf(us[t])));
                }
            }
            return Rational.of(m, common);
        }

        /** Exact money of the chosen supporters of plan j together: e x weight minus rho' x points per round. */
        private Rational exactSum(int j, boolean[] chosen) {
            int[] groups = supGroups[j];
            long people = 0;
            long[] perRound = new long[rhoPerPoint.size()];
            for (int t = 0; t < groups.length; t++) {
                int g = groups[t];
                if (!chosen[t] || broke[g]) {
                    continue;
                }
                people += weight[g];
                int[] js = groupProjects[g];
                long[] us = groupUtils[g];
                for (int i = 0; i < js.length; i++) {
                    int r = roundOf[js[i]];
                    if (r >= 0) {
                        perRound[r] += weight[g] * us[i];
                    }
                }
            }
            BigInteger sum = endowmentOver.multiply(BigInteger.valueOf(people));
            for (int r = 0; r < perRound.length; r++) {
                if (perRound[r] != 0) {
                    sum = sum.subtract(rhoOver.get(r).multiply(BigInteger.valueOf(perRound[r])));
                }
            }
            return Rational.of(sum, common);
        }

        private void pay(Evaluation ev, int round) {
            exactRho(ev);
            int[] groups = supGroups[ev.project];
            long[] utils = supUtil[ev.project];
            for (int t = 0; t < groups.length; t++) {
                int g = groups[t];
                if (broke[g]) {
                    continue;
                }
                if (ev.poor[t] || ev.exactlyEmptied[t]) {
                    // paid everything it had: exactly 0 from now on
                    broke[g] = true;
                    money[g] = 0;
                } else {
                    money[g] -= ev.rhoPerPointApprox * (utils == null ? 1 : utils[t]);
                }
            }
            roundOf[ev.project] = round;
            record(ev.rhoPerPoint);
        }

        /** For explanations: the money each unselected candidate's supporters have left at the end. */
        private Map<Integer, Rational> moneyLeft(List<Integer> selected) {
            Map<Integer, Rational> left = new HashMap<>();
            for (int j : candidates) {
                if (!selected.contains(j)) {
                    boolean[] all = new boolean[supGroups[j].length];
                    Arrays.fill(all, true);
                    left.put(j, exactSum(j, all));
                }
            }
            return left;
        }
    }

    /** One plan's evaluation in one round. */
    private static final class Evaluation {
        final int project;
        final boolean[] poor;
        final boolean[] exactlyEmptied;
        double rhoApprox;
        double rhoPerPointApprox;
        Rational rho;
        Rational rhoPerPoint;

        Evaluation(int project, int supporters) {
            this.project = project;
            this.poor = new boolean[supporters];
            this.exactlyEmptied = new boolean[supporters];
        }
    }

    private record Key(int[] projects, long[] utils) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(projects, k.projects) && Arrays.equals(utils, k.utils);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(projects) * 31 + Arrays.hashCode(utils);
        }

        @Override
        public String toString() {
            return Arrays.toString(projects);
        }
    }
}
