package nl.wijkdeal.result.recount;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.wijkdeal.tally.Ballot;
import nl.wijkdeal.tally.Election;
import nl.wijkdeal.tally.Outcome;
import nl.wijkdeal.tally.Project;
import nl.wijkdeal.tally.RuleSettings;
import nl.wijkdeal.tally.Tally;

/**
 * The adopted selection: the same count, rerun as if the deviating plans had never been on the
 * ballot. Rerunning (rather than striking plans from the computed list) lets the freed money go where
 * the same rule would have sent it, and anyone can repeat it from the published files.
 */
public final class AdoptedOutcome {

    private AdoptedOutcome() {
    }

    public static Outcome run(Election election, RuleSettings settings, Set<String> excludedPlanIds) {
        return Tally.run(without(election, excludedPlanIds), settings);
    }

    /**
     * The election without the given plans, on the list and on every ballot. Every ballot stays, also
     * one left empty: it is still a voter, and under equal shares every voter brings a share of the budget.
     */
    public static Election without(Election election, Set<String> excludedPlanIds) {
        Set<String> unknown = new HashSet<>(excludedPlanIds);
        List<Project> projects = new ArrayList<>();
        for (Project p : election.projects()) {
            if (!unknown.remove(p.id())) {
                projects.add(p);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("afwijking voor onbekend plan " + unknown.stream().sorted().toList());
        }
        List<Ballot> ballots = new ArrayList<>(election.ballots().size());
        for (Ballot b : election.ballots()) {
            List<String> ids = new ArrayList<>();
            List<Long> points = new ArrayList<>();
            for (int i = 0; i < b.projectIds().size(); i++) {
                if (!excludedPlanIds.contains(b.projectIds().get(i))) {
                    ids.add(b.projectIds().get(i));
                    if (!b.points().isEmpty()) {
                        points.add(b.points().get(i));
                    }
                }
            }
            ballots.add(new Ballot(b.voterId(), ids, points));
        }
        return new Election(election.meta(), election.budget(), election.kind(), projects, ballots);
    }
}
