package nl.wijkdeal.tally.bench;

import java.util.concurrent.TimeUnit;
import nl.wijkdeal.tally.Completion;
import nl.wijkdeal.tally.Election;
import nl.wijkdeal.tally.Outcome;
import nl.wijkdeal.tally.RuleSettings;
import nl.wijkdeal.tally.Tally;
import nl.wijkdeal.tally.Utility;
import nl.wijkdeal.tally.pabulib.PabulibReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The tally on Poland_Warszawa_2026 through the public API, as the service calls it. Every figure
 * includes counting the ballots and the explanations. {@code baselineScan} (sum the length of every
 * ballot) is measured in the same run so figures can be read as ratios on a shared, noisy machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TallyBenchmark {

    private String text;
    private Election warsaw;

    @Setup(Level.Trial)
    public void load() throws Exception {
        text = Warsaw.text();
        warsaw = PabulibReader.parse(text);
    }

    @Benchmark
    public long baselineScan() {
        return Warsaw.scan(warsaw);
    }

    @Benchmark
    public Election parse() throws Exception {
        return PabulibReader.parse(text);
    }

    @Benchmark
    public Outcome greedy() {
        return Tally.run(warsaw, RuleSettings.greedy());
    }

    @Benchmark
    public Outcome mesOneRun() {
        return Tally.run(warsaw, RuleSettings.mes(Utility.COST, Completion.NONE));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public Outcome mesAdd1() {
        return Tally.run(warsaw, RuleSettings.mes(Utility.COST, Completion.ADD1));
    }
}
