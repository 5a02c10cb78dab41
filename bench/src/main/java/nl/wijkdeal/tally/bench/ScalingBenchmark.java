package nl.wijkdeal.tally.bench;

import java.util.concurrent.TimeUnit;
import nl.wijkdeal.tally.Completion;
import nl.wijkdeal.tally.Election;
import nl.wijkdeal.tally.Outcome;
import nl.wijkdeal.tally.RuleSettings;
import nl.wijkdeal.tally.Tally;
import nl.wijkdeal.tally.Utility;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** How time grows with the number of voters and of projects (samples of Poland_Warszawa_2026). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ScalingBenchmark {

    /** Voters sampled; 61668 is all of them. Projects: the first P in file order (83 is all). */
    @Param({"1000/83", "10000/83", "61668/83", "61668/20", "61668/40"})
    public String size;

    private Election election;

    @Setup(Level.Trial)
    public void sample() throws Exception {
        String[] parts = size.split("/");
        election = Warsaw.projects(Warsaw.voters(Warsaw.election(), Integer.parseInt(parts[0])), Integer.parseInt(parts[1]));
    }

    @Benchmark
    public long baselineScan() {
        return Warsaw.scan(election);
    }

    @Benchmark
    public Outcome greedy() {
        return Tally.run(election, RuleSettings.greedy());
    }

    @Benchmark
    public Outcome mesOneRun() {
        return Tally.run(election, RuleSettings.mes(Utility.COST, Completion.NONE));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public Outcome mesAdd1() {
        return Tally.run(election, RuleSettings.mes(Utility.COST, Completion.ADD1));
    }
}
