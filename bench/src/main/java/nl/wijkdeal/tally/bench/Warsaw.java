package nl.wijkdeal.tally.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.wijkdeal.tally.Ballot;
import nl.wijkdeal.tally.Election;
import nl.wijkdeal.tally.Project;
import nl.wijkdeal.tally.pabulib.PabulibException;
import nl.wijkdeal.tally.pabulib.PabulibReader;

/** The benchmark election, Poland_Warszawa_2026 (61,668 voters, 83 projects), and samples of it. */
final class Warsaw {

    static final String DEFAULT = "../src/test/resources/pabulib/instances/Poland_Warszawa_2026.pb";

    private Warsaw() {
    }

    /** The baseline: touch every ballot once and sum its length, the least any count must do. */
    static long scan(Election election) {
        long approvals = 0;
        for (Ballot b : election.ballots()) {
            approvals += b.projectIds().size();
        }
        return approvals;
    }

    static String text() throws IOException {
        return Files.readString(Path.of(System.getProperty("tally.bench.file", DEFAULT)), StandardCharsets.UTF_8);
    }

    static Election election() throws IOException, PabulibException {
        return PabulibReader.parse(text());
    }

    /**
     * Every k-th ballot so that about {@code voters} remain, with the budget scaled alike so each voter's
     * share of it (budget / n) stays the same: the rules do comparable work per voter.
     */
    static Election voters(Election full, int voters) {
        int n = full.ballots().size();
        List<Ballot> kept = new ArrayList<>();
        for (int i = 0; i < voters && i < n; i++) {
            kept.add(full.ballots().get((int) ((long) i * n / Math.min(voters, n))));
        }
        BigDecimal budget = full.budget().multiply(BigDecimal.valueOf(kept.size()))
                .divide(BigDecimal.valueOf(n), 0, RoundingMode.DOWN);
        return new Election(full.meta(), budget, full.kind(), full.projects(), kept);
    }

    /** The first {@code projects} projects in file order, with the budget scaled by their share of all costs. */
    static Election projects(Election full, int projects) {
        List<Project> kept = full.projects().subList(0, Math.min(projects, full.projects().size()));
        Set<String> ids = new HashSet<>();
        BigDecimal keptCost = BigDecimal.ZERO;
        for (Project p : kept) {
            ids.add(p.id());
            keptCost = keptCost.add(p.cost());
        }
        BigDecimal allCost = full.projects().stream().map(Project::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Ballot> ballots = new ArrayList<>();
        for (Ballot b : full.ballots()) {
            ballots.add(new Ballot(b.voterId(), b.projectIds().stream().filter(ids::contains).toList(), List.of()));
        }
        BigDecimal budget = full.budget().multiply(keptCost).divide(allCost, 0, RoundingMode.DOWN);
        return new Election(full.meta(), budget, full.kind(), kept, ballots);
    }
}
