package nl.wijkdeal.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The add1 search must give exactly what the step-by-step definition gives: the same endowment, hence
 * the same outcome. Checked on every election and add1 variant where stepping finishes within
 * {@link #STEPPING_BUDGET} group-steps (MES runs x ballot groups, about a second here). Left out by that
 * budget: the Hungarian elections in forints (10^4 to 10^5 steps) and the largest Polish ones
 * (Warsaw 2026, Krakow 2024), which the conformance test covers against the reference instead.
 */
class Add1SearchTest {

    static final long STEPPING_BUDGET = 4_000_000L;

    record Variant(String name, BallotReading reading, Utility utility, Add1Search.Stop stop) {
    }

    @TestFactory
    List<DynamicTest> searchEqualsStepping() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String instance : ReferenceElections.instances()) {
            Election election = ReferenceElections.election(instance);
            boolean approval = election.kind() == BallotKind.APPROVAL || election.kind() == BallotKind.CHOOSE_ONE;
            List<Variant> variants = approval
                    ? List.of(new Variant("cost add1", BallotReading.AS_CAST, Utility.COST, Add1Search.Stop.EXHAUSTIVE_OR_INFEASIBLE),
                            new Variant("cost until infeasible", BallotReading.AS_CAST, Utility.COST, Add1Search.Stop.INFEASIBLE),
                            new Variant("approval add1", BallotReading.AS_CAST, Utility.APPROVAL, Add1Search.Stop.EXHAUSTIVE_OR_INFEASIBLE))
                    : List.of(new Variant("points-cost add1", BallotReading.AS_CAST, Utility.POINTS_COST, Add1Search.Stop.EXHAUSTIVE_OR_INFEASIBLE),
                            new Variant("points add1", BallotReading.AS_CAST, Utility.POINTS, Add1Search.Stop.EXHAUSTIVE_OR_INFEASIBLE),
                            new Variant("cost add1 as approval", BallotReading.AS_APPROVAL, Utility.COST, Add1Search.Stop.EXHAUSTIVE_OR_INFEASIBLE));
            for (Variant v : variants) {
                Profile profile = Profile.of(election, v.reading());
                boolean[] eligible = new boolean[profile.projectCount()];
                for (int j = 0; j < eligible.length; j++) {
                    eligible[j] = profile.score(j) > 0;
                }
                MesRun mes = new MesRun(profile, v.utility(), TieBreak.ID.order(profile), eligible);
                Optional<Add1Search.Found> stepped = Add1Search.search(mes, profile, v.stop(),
                        Add1Search.Stepping.EVERY_STEP, STEPPING_BUDGET / Math.max(1, mes.groupCount()));
                if (stepped.isEmpty()) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(instance + " " + v.name(), () -> {
                    Add1Search.Found jumped = Add1Search.search(mes, profile, v.stop(), Add1Search.Stepping.JUMP);
                    assertEquals(stepped.get().step(), jumped.step());
                    assertEquals(stepped.get().endowment(), jumped.endowment());
                }));
            }
        }
        return tests;
    }
}
