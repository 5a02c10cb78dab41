package nl.wijkdeal.result.recount;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wijkdeal.result.recount.PublishedResult.PlanLine;
import nl.wijkdeal.tally.Ballot;
import nl.wijkdeal.tally.Election;
import nl.wijkdeal.tally.Explanation;
import nl.wijkdeal.tally.Outcome;
import nl.wijkdeal.tally.Project;

/** The {@code plans} of uitslag.json from a count, so the service and a test build them the same way. */
public final class ResultPlans {

    private ResultPlans() {
    }

    /**
     * One line per plan in place order. Titles are the projects' names; {@code voters} counts ballots
     * that chose the plan, a points ballot only when it gave the plan at least one point (as the tally does).
     */
    public static List<PlanLine> of(Election election, Outcome computed, List<String> adoptedSelected) {
        Map<String, Long> voters = voters(election);
        Set<String> computedSet = new HashSet<>(computed.selected());
        Set<String> adoptedSet = new HashSet<>(adoptedSelected);
        List<PlanLine> lines = new ArrayList<>();
        for (Project p : election.projects()) {
            Explanation e = computed.explanation(p.id());
            lines.add(new PlanLine(p.id(), p.name(), p.cost(), e.score(), voters.getOrDefault(p.id(), 0L), e.place(),
                    computedSet.contains(p.id()), adoptedSet.contains(p.id()), e.reason(), e.round(), e.amount(),
                    e.limit(), e.otherProjectId()));
        }
        lines.sort(Comparator.comparingInt(PlanLine::place));
        return lines;
    }

    static Map<String, Long> voters(Election election) {
        Map<String, Long> voters = new HashMap<>();
        for (Ballot b : election.ballots()) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < b.projectIds().size(); i++) {
                String id = b.projectIds().get(i);
                boolean counts = b.points().isEmpty() || b.points().get(i) > 0;
                if (counts && seen.add(id)) {
                    voters.merge(id, 1L, Long::sum);
                }
            }
        }
        return voters;
    }
}
