package nl.wijkdeal.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real election and every reference rule that finished: the same projects in the same order.
 * Reference: pabutools 1.2.3 with exact rationals (see src/test/resources/pabulib/README.md), plus the
 * independent greedy variants (no-skip, META threshold) stored next to it.
 */
class ConformanceTest {

    @TestFactory
    List<DynamicNode> sameOutcomeAsTheReference() {
        List<DynamicNode> elections = new ArrayList<>();
        for (String instance : ReferenceElections.instances()) {
            elections.add(DynamicContainer.dynamicContainer(instance, () -> rules(instance).iterator()));
        }
        return elections;
    }

    @SuppressWarnings("unchecked")
    private List<DynamicNode> rules(String instance) {
        Election election = ReferenceElections.election(instance);
        Map<String, Object> expected = ReferenceElections.expected(instance);
        List<DynamicNode> tests = new ArrayList<>();
        Map<String, Map<String, Object>> rules = (Map<String, Map<String, Object>>) expected.get("rules");
        rules.forEach((key, rule) -> {
            Optional<RuleSettings> settings = ReferenceElections.settings(key, election);
            if ("ok".equals(rule.get("status")) && settings.isPresent()) {
                tests.add(dynamicTest(key, () -> assertEquals(rule.get("selected"),
                        Tally.run(election, settings.get()).selected(), instance + " " + key)));
            }
        });
        Map<String, Object> variants = (Map<String, Object>) expected.getOrDefault("independent_city_rule_variants", Map.of());
        variants.forEach((key, value) -> {
            if (!key.startsWith("_")) {
                Object selected = ((Map<String, Object>) value).get("selected");
                tests.add(dynamicTest(key, () -> assertEquals(selected,
                        Tally.run(election, ReferenceElections.settings(key, election).orElseThrow()).selected())));
            }
        });
        Map<String, String> scores = (Map<String, String>) expected.get("scores");
        RuleSettings asCast = RuleSettings.greedy();
        tests.add(dynamicTest("scores", () -> {
            Map<String, Long> ours = Tally.run(election, asCast).scores();
            scores.forEach((id, score) -> assertEquals(Long.parseLong(score), ours.get(id), instance + " score of " + id));
        }));
        return tests;
    }

    // The three elections that officially used the Method of Equal Shares, checked against what the
    // city itself selected (as sets: the city publishes no selection order).
    @Test
    void assen2024OfficialMesAdd1() {
        assertOfficial("Netherlands_Assen_2024.pb", RuleSettings.mes(Utility.COST, Completion.ADD1));
    }

    @Test
    void swiecie2023OfficialMesAdd1() {
        assertOfficial("Poland_Swiecie_2023.pb", RuleSettings.mes(Utility.COST, Completion.ADD1));
    }

    @Test
    void wieliczka2023OfficialAdd1UntilInfeasible() {
        assertOfficial("Poland_Wieliczka_2023_Green_Budget.pb",
                RuleSettings.mes(Utility.COST, Completion.ADD1_UNTIL_INFEASIBLE));
    }

    @SuppressWarnings("unchecked")
    private static void assertOfficial(String instance, RuleSettings settings) {
        List<String> official = (List<String>) ReferenceElections.expected(instance).get("official_selected");
        assertTrue(official.size() > 0);
        Outcome outcome = Tally.run(ReferenceElections.election(instance), settings);
        assertEquals(new TreeSet<>(official), new TreeSet<>(outcome.selected()));
    }
}
