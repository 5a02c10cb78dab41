package nl.wijkdeal.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import nl.wijkdeal.architecture.fixture.LeakyPolicy;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules are pure (DESIGN.md §3.5): the tally, the kernel, the audit hash chain and every *Rules /
 * *Policy class import no framework, no SQL and no clock, so they can be tested alone, replayed on
 * real elections and trusted.
 */
class ArchitectureTest {

    static final DescribedPredicate<JavaClass> PURE_CODE = JavaClass.Predicates.resideInAPackage("nl.wijkdeal.tally..")
            .or(JavaClass.Predicates.simpleNameEndingWith("Rules"))
            .or(JavaClass.Predicates.simpleNameEndingWith("Policy"))
            .or(JavaClass.Predicates.resideInAPackage("nl.wijkdeal.kernel.."))
            // The hash chain decides whether the audit log is intact: the verifier must not depend on a database.
            .or(JavaClass.Predicates.simpleName("AuditChain"))
            // The ballot rules decide whether a vote is stored. CastBallot and its store will live in the
            // same package and may use the framework, so the pure part is named: the rules, their
            // records and every ballot style.
            .or(JavaClass.Predicates.resideInAPackage("nl.wijkdeal.ballot").and(
                    JavaClass.Predicates.simpleName("Choice")
                            .or(JavaClass.Predicates.simpleName("BallotPaper"))
                            .or(JavaClass.Predicates.simpleName("BallotProblem"))
                            .or(JavaClass.Predicates.simpleName("Remaining"))
                            .or(JavaClass.Predicates.assignableTo("nl.wijkdeal.ballot.BallotStyle"))))
            // The recount formats and the verify command must run anywhere, without the service.
            .or(JavaClass.Predicates.resideInAPackage("nl.wijkdeal.result.recount.."))
            // A wijk's count, the chart and the sentences of a result page are pure as well.
            .or(JavaClass.Predicates.resideInAPackage("nl.wijkdeal.result").and(
                    JavaClass.Predicates.simpleName("WijkCount")
                            .or(JavaClass.Predicates.simpleName("BarChart"))
                            .or(JavaClass.Predicates.simpleName("ExplanationText"))))
            .as("the tally, the kernel, the audit hash chain, the ballot rules, the recount formats and the rule classes");

    static final ArchRule NO_FRAMEWORK = noClasses().that(PURE_CODE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.micronaut..", "jakarta..", "javax..", "java.sql..", "org.postgresql..", "com.zaxxer..",
                    "org.flywaydb..", "io.swagger..", "com.fasterxml..")
            .orShould().dependOnClassesThat().belongToAnyOf(Clock.class)
            .orShould().callMethodWhere(new DescribedPredicate<>("reads the clock (java.time ... now())") {
                @Override
                public boolean test(com.tngtech.archunit.core.domain.JavaMethodCall call) {
                    return call.getTarget().getName().equals("now")
                            && call.getTargetOwner().getPackageName().equals("java.time");
                }
            })
            .because("rules are pure: no framework, no SQL, no clock (DESIGN.md §3.5)");

    @Test
    void rulesAndTallyArePure() {
        JavaClasses product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.wijkdeal");
        NO_FRAMEWORK.check(product);
    }

    /** The ballot's pure part is picked by name: a rename must not quietly drop it from the rule. */
    @Test
    void theBallotRulesTheirRecordsAndEveryStyleAreCovered() {
        JavaClasses ballot = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.wijkdeal.ballot");
        for (String name : List.of("BallotRules", "Choice", "BallotPaper", "BallotProblem", "Remaining",
                "BallotStyle", "ChooseUpTo", "Ranked", "Points", "Knapsack")) {
            assertTrue(PURE_CODE.test(ballot.get("nl.wijkdeal.ballot." + name)), name);
        }
    }

    /** The same for the pure part of results, picked by name. */
    @Test
    void theResultsPureClassesAreCovered() {
        JavaClasses result = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.wijkdeal.result");
        for (String name : List.of("result.ResultRules", "result.WijkCount", "result.BarChart", "result.ExplanationText",
                "result.recount.MerkleTree", "result.recount.VerifyCommand", "result.recount.PublishedResult")) {
            assertTrue(PURE_CODE.test(result.get("nl.wijkdeal." + name)), name);
        }
    }

    @Test
    void theRuleCatchesAPolicyThatReachesForTheFrameworkOrTheClock() {
        JavaClasses leaky = new ClassFileImporter().importClasses(LeakyPolicy.class);
        var result = NO_FRAMEWORK.evaluate(leaky);
        assertTrue(result.hasViolation());
        String report = result.getFailureReport().toString();
        assertTrue(report.contains("io.micronaut"), report);
        assertTrue(report.contains("now"), report);
        assertFalse(report.isBlank());
    }
}
