package nl.wijkdeal.tally;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * The add1 completion search alone (package-private engine classes, hence this package): the proven
 * jumps against the step-by-step definition, and a budget in forints where stepping is hopeless.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class Add1Benchmark {

    private Profile warsaw;
    private MesRun warsawMes;
    private Profile budapest;
    private MesRun budapestMes;

    @Setup(Level.Trial)
    public void load() throws Exception {
        String dir = System.getProperty("tally.bench.dir", "../src/test/resources/pabulib/instances/");
        warsaw = Profile.of(PabulibReader.read(Path.of(dir, "Poland_Warszawa_2026.pb")), BallotReading.AS_CAST);
        warsawMes = mes(warsaw);
        budapest = Profile.of(PabulibReader.read(Path.of(dir, "Hungary_Budapest_2022_VIII_Jozsefvaros.pb")), BallotReading.AS_CAST);
        budapestMes = mes(budapest);
    }

    private static MesRun mes(Profile profile) {
        boolean[] eligible = new boolean[profile.projectCount()];
        for (int j = 0; j < eligible.length; j++) {
            eligible[j] = profile.score(j) > 0;
        }
        return new MesRun(profile, Utility.COST, TieBreak.ID.order(profile), eligible);
    }

    @Benchmark
    public MesRun.Result warsawOneMesRun() {
        return warsawMes.run(Rational.of(warsaw.budget(), warsaw.voters()), false);
    }

    @Benchmark
    public Add1Search.Found warsawAdd1Jumps() {
        return Add1Search.search(warsawMes, warsaw, Add1Search.Stop.EXHAUSTIVE_OR_INFEASIBLE, Add1Search.Stepping.JUMP);
    }

    @Benchmark
    public Add1Search.Found warsawAdd1EveryStep() {
        return Add1Search.search(warsawMes, warsaw, Add1Search.Stop.EXHAUSTIVE_OR_INFEASIBLE, Add1Search.Stepping.EVERY_STEP);
    }

    /** 153,144 steps of 1 forint; stepping would take minutes. */
    @Benchmark
    public Add1Search.Found budapestJozsefvarosAdd1Jumps() {
        return Add1Search.search(budapestMes, budapest, Add1Search.Stop.EXHAUSTIVE_OR_INFEASIBLE, Add1Search.Stepping.JUMP);
    }
}
