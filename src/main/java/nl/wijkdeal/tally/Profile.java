package nl.wijkdeal.tally;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ballots counted once, as numbers: per project its score and number of voters, and per ballot its
 * distinct plans with their points (which {@link MesRun} groups into identical ballots).
 *
 * <p>Money is held exactly as whole multiples of the smallest decimal unit found in the file
 * (cents for {@code 2372571.24}): {@link #cost(int)} and {@link #budget()} are in that unit and
 * {@link #unit()} is one currency unit in it.
 *
 * <p>A project named twice on one ballot counts once (the first time, with its points and ranking
 * place); the files' own {@code votes} columns are never used.
 */
final class Profile {

    private final Election election;
    private final String[] ids;
    private final long[] cost;
    private final long budget;
    private final int scale;
    private final long unit;
    private final long[] score;
    private final long[] votes;
    private final ScoreUnit scoreUnit;
    private final int voters;
    /** Per ballot its distinct plans with positive points, and those points (1 for approvals). */
    private final int[][] ballotProjects;
    private final long[][] ballotPoints;

    private Profile(Election election, BallotReading reading) {
        this.election = election;
        List<Project> projects = election.projects();
        int m = projects.size();
        ids = new String[m];
        Map<String, Integer> index = new HashMap<>();
        int s = election.budget().stripTrailingZeros().scale();
        for (int j = 0; j < m; j++) {
            ids[j] = projects.get(j).id();
            index.put(ids[j], j);
            s = Math.max(s, projects.get(j).cost().stripTrailingZeros().scale());
        }
        scale = Math.max(0, s);
        unit = BigDecimal.ONE.movePointRight(scale).longValueExact();
        budget = scaled(election.budget());
        cost = new long[m];
        for (int j = 0; j < m; j++) {
            cost[j] = scaled(projects.get(j).cost());
        }
        score = new long[m];
        votes = new long[m];
        boolean approval = reading == BallotReading.AS_APPROVAL
                || election.kind() == BallotKind.APPROVAL || election.kind() == BallotKind.CHOOSE_ONE;
        scoreUnit = approval ? ScoreUnit.VOTES : ScoreUnit.POINTS;
        voters = election.ballots().size();

        int n = election.ballots().size();
        ballotProjects = new int[n][];
        ballotPoints = new long[n][];
        boolean[] seen = new boolean[m];
        int[] js = new int[m];
        long[] pts = new long[m];
        for (int b = 0; b < n; b++) {
            Ballot ballot = election.ballots().get(b);
            List<String> list = ballot.projectIds();
            int k = 0;
            for (int i = 0; i < list.size(); i++) {
                int j = index.get(list.get(i));
                if (seen[j]) {
                    continue;
                }
                seen[j] = true;
                js[k] = j;
                pts[k] = approval ? 1 : election.kind() == BallotKind.ORDINAL ? -1 : ballot.points().get(i);
                k++;
            }
            int kept = 0;
            for (int i = 0; i < k; i++) {
                seen[js[i]] = false;
                long p = pts[i] == -1 ? k - i : pts[i]; // ranked: L points for the first of L distinct plans
                if (p > 0) { // a plan given 0 points is neither scored nor supported
                    js[kept] = js[i];
                    pts[kept] = p;
                    kept++;
                }
            }
            ballotProjects[b] = Arrays.copyOf(js, kept);
            ballotPoints[b] = Arrays.copyOf(pts, kept);
            for (int i = 0; i < kept; i++) {
                score[js[i]] = Math.addExact(score[js[i]], pts[i]);
                votes[js[i]]++;
            }
        }
    }

    static Profile of(Election election, BallotReading reading) {
        return new Profile(election, reading);
    }

    private long scaled(BigDecimal amount) {
        try {
            return amount.movePointRight(scale).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("bedrag " + amount.toPlainString() + " is te groot om exact te rekenen", e);
        }
    }

    int projectCount() {
        return ids.length;
    }

    String id(int j) {
        return ids[j];
    }

    /** The cost in the smallest unit (see {@link #unit()}). */
    long cost(int j) {
        return cost[j];
    }

    BigDecimal costAmount(int j) {
        return election.projects().get(j).cost();
    }

    long budget() {
        return budget;
    }

    /** One currency unit expressed in the smallest unit: 1, or 100 for amounts in cents. */
    long unit() {
        return unit;
    }

    BigDecimal amount(long smallestUnits) {
        return BigDecimal.valueOf(smallestUnits, scale);
    }

    long score(int j) {
        return score[j];
    }

    /** How many voters chose the project (gave it a positive score). */
    long votes(int j) {
        return votes[j];
    }

    ScoreUnit scoreUnit() {
        return scoreUnit;
    }

    int voters() {
        return voters;
    }

    /** The ballot's distinct plans that got positive points, in ballot order. */
    int[] ballotProjects(int b) {
        return ballotProjects[b];
    }

    /** The points per entry of {@link #ballotProjects(int)}: 1 for approvals. */
    long[] ballotPoints(int b) {
        return ballotPoints[b];
    }

    int ballotCount() {
        return ballotProjects.length;
    }
}
