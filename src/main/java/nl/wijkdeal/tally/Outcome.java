package nl.wijkdeal.tally;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a count: what was selected, in selection order, and why every plan was or was not.
 *
 * @param settings     the settings that produced it
 * @param selected     project ids in the order the rule selected them
 * @param totalCost    the sum of the selected plans' costs (exact)
 * @param scores       per project id its recounted score (votes or points), in project order
 * @param explanations one per project, in project order
 * @param endowment    for MES: each voter's starting budget in the run that gave this outcome, as an
 *                     exact fraction ("2372571/6003"); empty for other rules
 */
public record Outcome(RuleSettings settings, List<String> selected, BigDecimal totalCost, Map<String, Long> scores,
                      List<Explanation> explanations, Optional<String> endowment) {

    public Outcome {
        selected = List.copyOf(selected);
        explanations = List.copyOf(explanations);
    }

    public Explanation explanation(String projectId) {
        return explanations.stream().filter(e -> e.projectId().equals(projectId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("onbekend plan " + projectId));
    }
}
