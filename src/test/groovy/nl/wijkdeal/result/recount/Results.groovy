package nl.wijkdeal.result.recount

import nl.wijkdeal.tally.Ballot
import nl.wijkdeal.tally.BallotKind
import nl.wijkdeal.tally.Election
import nl.wijkdeal.tally.Project
import nl.wijkdeal.tally.RuleSettings
import nl.wijkdeal.tally.Tally
import nl.wijkdeal.tally.TieBreak

import java.time.Instant
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

/** A small round to publish: NOORD with 12 ballots (published), ZUID with 3 (not). */
class Results {

    static final Ed25519 KEY = Ed25519.fromSeed((1..32).collect { it as byte } as byte[])
    static final Ed25519 OTHER_KEY = Ed25519.fromSeed((101..132).collect { it as byte } as byte[])
    static final RuleSettings GREEDY = RuleSettings.greedy().withTieBreak(TieBreak.VOTES)
    static final Instant COUNTED = Instant.parse('2025-06-01T18:00:00Z')

    static final List<Project> PLANS = [
            new Project('1', 40000G, 'Speeltuin'),
            new Project('2', 30000G, 'Bankjes "aan" de vijver'),
            new Project('3', 25000G, 'Bomen; meer groen'),
            new Project('4', 10000.50G, '=HYPERLINK("http://x")')]

    // Greedy on 70000: plan 2 (7 votes), plan 1 (6) fit; without plan 1: 2, 3, 4.
    static final List<String> NOORD_BALLOTS = ['1,2', '1,3', '1', '2,3', '2', '1,2,3', '3', '1,4', '2', '1', '3,2', '2']

    static Election stemmen(String wijk, List<String> ballots) {
        int voter = 0
        def list = ballots.collect { new Ballot("${++voter}", it.split(',') as List, []) }
        StemmenFile.election('Wijkdeal 2025', wijk, 70000G, BallotKind.APPROVAL, GREEDY, PLANS, list)
    }

    static List<byte[]> receipts(String wijk, int n) {
        (1..n).collect { Sha256.of("${wijk}-code-$it".bytes) }
    }

    static PublishedResult result(String code, String name, Election stemmen, List<byte[]> receipts,
                                  Set<String> deviations) {
        def computed = Tally.run(stemmen, GREEDY)
        def adopted = AdoptedOutcome.run(stemmen, GREEDY, deviations)
        int n = stemmen.ballots().size()
        boolean published = n >= PublishedResult.MIN_PUBLISHED_BALLOTS
        new PublishedResult(7, 'Wijkdeal 2025', 'CENTRUM', code, name, 70000G, 'choose-up-to', BallotKind.APPROVAL,
                GREEDY, Tally.ENGINE_VERSION, COUNTED, n, OptionalInt.of(250),
                published ? Optional.of(new PublishedResult.Channels(n - 3, 2, 1)) : Optional.empty(), published,
                ResultPlans.of(stemmen, computed, adopted.selected()),
                new PublishedResult.Computed(computed.selected(), computed.totalCost()),
                new PublishedResult.Adopted(adopted.selected(), adopted.totalCost(),
                        deviations.collect { new PublishedResult.Deviation(it, 'Geen vergunning voor de speeltuin.') },
                        'Vastgesteld door de wethouder.', 'wethouder Centrum', COUNTED.plusSeconds(86400)),
                COUNTED.plusSeconds(90000), WijkFiles.roots(stemmen, receipts))
    }

    static List<WijkFiles> wijken() {
        def noord = stemmen('Noord', NOORD_BALLOTS)
        def zuid = stemmen('Zuid', ['1', '2,3', '3'])
        [WijkFiles.of(result('NOORD', 'Noord', noord, receipts('NOORD', 12), ['1'] as Set), noord, receipts('NOORD', 12)),
         WijkFiles.of(result('ZUID', 'Zuid', zuid, receipts('ZUID', 3), [] as Set), zuid, receipts('ZUID', 3))]
    }

    static byte[] bundle(Ed25519 key = KEY) {
        RecountBundle.write(7, 'Wijkdeal 2025', 'CENTRUM', wijken(), key)
    }

    static SortedMap<String, byte[]> entries() {
        RecountBundle.readZip(bundle(), 'bundel.zip')
    }

    static byte[] zip(Map<String, byte[]> entries) {
        def out = new ByteArrayOutputStream()
        new ZipOutputStream(out).withCloseable { zip ->
            entries.each { path, content ->
                zip.putNextEntry(new ZipEntry(path))
                zip.write(content)
                zip.closeEntry()
            }
        }
        out.toByteArray()
    }
}
