package nl.wijkdeal.tally;

import groovy.json.JsonSlurper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.wijkdeal.tally.pabulib.PabulibException;
import nl.wijkdeal.tally.pabulib.PabulibReader;

/**
 * The 62 real elections in {@code src/test/resources/pabulib} and their reference outcomes, and how the
 * reference's rule keys (see the README there) map to our settings.
 */
final class ReferenceElections {

    private ReferenceElections() {
    }

    static Path folder(String name) {
        URL url = ReferenceElections.class.getResource("/pabulib/" + name);
        try {
            return url != null ? Path.of(url.toURI()) : Path.of("src/test/resources/pabulib", name);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> instances() {
        try (Stream<Path> files = Files.list(folder("instances"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pb")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Election election(String instance) {
        try {
            return PabulibReader.read(folder("instances").resolve(instance));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PabulibException e) {
            throw new IllegalStateException(instance + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> expected(String instance) {
        Path json = folder("expected").resolve(instance.replaceAll("\\.pb$", ".json"));
        try (InputStream in = Files.newInputStream(json)) {
            return (Map<String, Object>) new JsonSlurper().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Our settings for a reference rule key; empty for {@code greedy_cardinality} (approvals per unit of
     * cost, "bang per buck"), which is not one of our rules.
     */
    static Optional<RuleSettings> settings(String key, Election election) {
        RuleSettings mes = RuleSettings.of(Rule.MES);
        return Optional.ofNullable(switch (key) {
            case "greedy_cost", "greedy_score" -> RuleSettings.greedy();
            case "greedy_cost_as_approval" -> RuleSettings.greedy().asApproval();
            case "greedy_noskip" -> RuleSettings.of(Rule.GREEDY_NO_SKIP);
            case "greedy_threshold" -> RuleSettings.greedy()
                    .withThreshold(Long.parseLong(election.meta().get("min_project_score_threshold")));
            case "mes_cost" -> mes;
            case "mes_cardinality" -> mes.withUtility(Utility.APPROVAL);
            case "mes_cost_add1" -> mes.withCompletion(Completion.ADD1);
            case "mes_cost_add1_greedy" -> mes.withCompletion(Completion.ADD1_THEN_GREEDY);
            case "mes_cost_add1_until_infeasible" -> mes.withCompletion(Completion.ADD1_UNTIL_INFEASIBLE);
            case "mes_cardinality_add1" -> mes.withUtility(Utility.APPROVAL).withCompletion(Completion.ADD1);
            case "mes_cost_as_approval" -> mes.asApproval();
            case "mes_cost_as_approval_add1" -> mes.asApproval().withCompletion(Completion.ADD1);
            case "mes_score" -> mes.withUtility(Utility.POINTS);
            case "mes_score_cost" -> mes.withUtility(Utility.POINTS_COST);
            case "mes_score_cost_add1" -> mes.withUtility(Utility.POINTS_COST).withCompletion(Completion.ADD1);
            case "greedy_cardinality" -> null;
            default -> throw new IllegalArgumentException("unknown reference rule key " + key);
        });
    }
}
