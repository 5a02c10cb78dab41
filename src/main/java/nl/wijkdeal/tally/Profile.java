package nl.wijkdeal.tally;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ballots counted once, as numbers: per project its score and number of voters, and the ballots
 * grouped (voters with identical ballots become one group with a weight: the Method of Equal Shares
 * treats them alike, so it never has to look at them one by one).
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
    /** Groups of identical ballots: entries (project index, points) and how many voters cast it. */
    private final int[][] groupProjects;
    private final long[][] groupPoints;
    private final long[] groupWeight;

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

        Map<Key, Integer> groups = new HashMap<>();
        List<int[]> gp = new ArrayList<>();
        List<long[]> gpts = new ArrayList<>();
        List<long[]> gw = new ArrayList<>();
        boolean[] seen = new boolean[m];
        for (Ballot b : election.ballots()) {
            List<String> list = b.projectIds();
            int[] js = new int[list.size()];
            long[] pts = new long[list.size()];
            int k = 0;
            for (int i = 0; i < list.size(); i++) {
                int j = index.get(list.get(i));
                if (seen[j]) {
                    continue;
                }
                seen[j] = true;
                js[k] = j;
                pts[k] = approval ? 1 : election.kind() == BallotKind.ORDINAL ? -1 : b.points().get(i);
                k++;
            }
            for (int i = 0; i < k; i++) {
                seen[js[i]] = false;
                if (pts[i] == -1) {
                    pts[i] = k - i; // ranked: L points for the first of L distinct plans, ..., 1 for the last
                }
            }
            // a plan given 0 points is neither scored nor supported
            int kept = 0;
            for (int i = 0; i < k; i++) {
                if (pts[i] > 0) {
                    js[kept] = js[i];
                    pts[kept] = pts[i];
                    kept++;
                }
            }
            Key key = Key.of(js, pts, kept);
            Integer g = groups.get(key);
            if (g == null) {
                groups.put(key, gp.size());
                gp.add(key.projects);
                gpts.add(key.points);
                gw.add(new long[]{1});
            } else {
                gw.get(g)[0]++;
            }
        }
        int groupCount = gp.size();
        groupProjects = gp.toArray(new int[0][]);
        groupPoints = gpts.toArray(new long[0][]);
        groupWeight = new long[groupCount];
        for (int g = 0; g < groupCount; g++) {
            groupWeight[g] = gw.get(g)[0];
            for (int i = 0; i < groupProjects[g].length; i++) {
                int j = groupProjects[g][i];
                score[j] = Math.addExact(score[j], Math.multiplyExact(groupWeight[g], groupPoints[g][i]));
                votes[j] += groupWeight[g];
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

    Election election() {
        return election;
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

    int scale() {
        return scale;
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

    int groupCount() {
        return groupWeight.length;
    }

    int[] groupProjects(int g) {
        return groupProjects[g];
    }

    long[] groupPoints(int g) {
        return groupPoints[g];
    }

    long groupWeight(int g) {
        return groupWeight[g];
    }

    /** A ballot's content, sorted by project, as a hash key. */
    private record Key(int[] projects, long[] points) {
        static Key of(int[] js, long[] pts, int k) {
            Integer[] order = new Integer[k];
            for (int i = 0; i < k; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(js[a], js[b]));
            int[] p = new int[k];
            long[] q = new long[k];
            for (int i = 0; i < k; i++) {
                p[i] = js[order[i]];
                q[i] = pts[order[i]];
            }
            return new Key(p, q);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Arrays.equals(projects, other.projects) && Arrays.equals(points, other.points);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(projects) * 31 + Arrays.hashCode(points);
        }

        @Override
        public String toString() {
            return Arrays.toString(projects);
        }
    }
}
