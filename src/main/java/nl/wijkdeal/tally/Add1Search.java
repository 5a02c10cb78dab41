package nl.wijkdeal.tally;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The add1 completions: run MES with endowment e_k = budget / n + k currency units for k = 0, 1, 2, ...
 * and stop at the first k whose outcome (a) costs more than the budget: keep the outcome of k - 1;
 * (b) for add1, is exhaustive (no candidate left that still fits): keep it; (c) selects every
 * candidate: keep it (nothing can change any more; this also ends add1-until-infeasible when
 * everything fits, where the definition would otherwise never stop).
 *
 * <p><b>The search.</b> Stepping one unit at a time is hopeless for budgets in large currency units
 * (Budapest: 1e9 HUF, tens of thousands of steps), and the outcome is not monotone in e, so a binary
 * search on it would be wrong. What <i>is</i> monotone, for a fixed sequence of selected plans, is the
 * money: with more endowment every voter has at least as much left after every round (by induction:
 * more money makes every rho smaller or equal, and a supporter keeps {@code max(0, money - rho x u)}),
 * so every plan's rho is non-increasing in e and its supporters' total money non-decreasing. Hence, if
 * a run at e_hi shows that in every round of the run at e_lo every other plan's rho at e_hi is above the
 * winner's rho at e_lo (or equal and later in tie order), and everything left at the end is
 * unaffordable at e_hi, then for every e in [e_lo, e_hi] the same plan wins every round: rho_other(e)
 * &gt;= rho_other(e_hi) &gt; rho_winner(e_lo) &gt;= rho_winner(e). All steps in between have the same
 * outcome and are skipped ({@link MesRun#run(Rational, MesRun.Result)} checks this).
 *
 * <p>The search gallops: once the outcome has held for three plain steps it tries to skip D = 2 steps,
 * doubling D after every success and quartering it after a failure (back to plain steps below 2).
 * Where the outcome changes nearly every step (Warsaw 2026: 75 changes in 184 steps) this costs a few
 * extra runs; where it holds for long stretches (Budapest, in forints: 153,144 steps in 837 runs) it
 * is what makes add1 possible at all. The result is exactly what stepping gives: the
 * first step that meets a stop condition; tests compare both on every election where stepping finishes.
 */
final class Add1Search {

    enum Stepping {
        /** Skip the steps that are proven to repeat the outcome. */
        JUMP,
        /** One unit per step: the definition itself, for tests and comparison. */
        EVERY_STEP
    }

    enum Stop {
        /** Stop at the first exhaustive outcome (add1). */
        EXHAUSTIVE_OR_INFEASIBLE,
        /** Go on until infeasible (add1-until-infeasible). */
        INFEASIBLE
    }

    /** The endowment whose outcome the completion keeps, its step, and how many MES runs it took. */
    record Found(Rational endowment, long step, int runs) {
    }

    private Add1Search() {
    }

    static Found search(MesRun mes, Profile profile, Stop stop, Stepping stepping) {
        return search(mes, profile, stop, stepping, Long.MAX_VALUE).orElseThrow();
    }

    /** As {@link #search(MesRun, Profile, Stop, Stepping)}, giving up (empty) after {@code maxRuns} MES runs. */
    static Optional<Found> search(MesRun mes, Profile profile, Stop stop, Stepping stepping, long maxRuns) {
        Rational start = Rational.of(profile.budget(), Math.max(1, profile.voters()));
        long unit = profile.unit();
        int[] candidates = mes.candidates();
        long step = 0;
        MesRun.Result current = mes.run(start, false);
        int runs = 1;
        if (current.totalCost() > profile.budget()) {
            throw new IllegalStateException("MES met budget / n kost meer dan het budget");
        }
        if (stops(current, candidates, profile, stop)) {
            return Optional.of(new Found(start, 0, runs));
        }
        long jump = 0;
        int streak = 0;
        while (true) {
            if (runs >= maxRuns) {
                return Optional.empty();
            }
            if (stepping == Stepping.JUMP && jump > 0) {
                long target = step + jump;
                MesRun.Result proven = mes.run(endowment(start, target, unit), current);
                runs++;
                if (proven != null) {
                    // every step in (step, target] repeats the current outcome, which did not stop
                    step = target;
                    current = proven;
                    jump = Math.min(jump * 2, 1L << 40);
                } else {
                    jump = jump >= 8 ? jump / 4 : 0;
                    streak = 0;
                }
                continue;
            }
            MesRun.Result next = mes.run(endowment(start, step + 1, unit), false);
            runs++;
            if (next.totalCost() > profile.budget()) {
                return Optional.of(new Found(current.endowment(), step, runs));
            }
            if (stops(next, candidates, profile, stop)) {
                return Optional.of(new Found(next.endowment(), step + 1, runs));
            }
            // only gallop once the outcome has held for three steps: where it changes nearly every step
            // (Warsaw), a failed proof would just cost an extra run
            streak = next.selected().equals(current.selected()) ? streak + 1 : 0;
            if (streak >= 3) {
                jump = 2;
            }
            step++;
            current = next;
        }
    }

    private static Rational endowment(Rational start, long step, long unit) {
        return start.add(Rational.of(Math.multiplyExact(step, unit)));
    }

    private static boolean stops(MesRun.Result r, int[] candidates, Profile profile, Stop stop) {
        Set<Integer> chosen = new HashSet<>(r.selected());
        boolean all = true;
        boolean exhaustive = true;
        for (int j : candidates) {
            if (!chosen.contains(j)) {
                all = false;
                if (r.totalCost() + profile.cost(j) <= profile.budget()) {
                    exhaustive = false;
                }
            }
        }
        return all || (stop == Stop.EXHAUSTIVE_OR_INFEASIBLE && exhaustive);
    }
}
