package nl.wijkdeal.result.recount;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.wijkdeal.result.recount.PublishedResult.Deviation;
import nl.wijkdeal.result.recount.PublishedResult.PlanLine;
import nl.wijkdeal.tally.Election;
import nl.wijkdeal.tally.Outcome;
import nl.wijkdeal.tally.Project;
import nl.wijkdeal.tally.RuleSettings;
import nl.wijkdeal.tally.Tally;
import nl.wijkdeal.tally.pabulib.PabulibException;
import nl.wijkdeal.tally.pabulib.PabulibReader;

/**
 * Everything the verify command checks in a bundle, in order, as lines of a report: the signed
 * manifest is the expectation, each file and each recount is what was found. Pure: it gets the
 * entries, so the service can run the same check on a bundle it has just written.
 */
public final class BundleCheck {

    /** One line of the report. */
    public record Line(Status status, String text) {
    }

    public enum Status { OK, FOUT, INFO }

    /** The report; {@link #passed()} when no line is a difference. */
    public record Report(BundleManifest manifest, List<Line> lines) {

        public Report {
            lines = List.copyOf(lines);
        }

        public boolean passed() {
            return lines.stream().noneMatch(l -> l.status() == Status.FOUT);
        }

        public List<String> differences() {
            return lines.stream().filter(l -> l.status() == Status.FOUT).map(Line::text).toList();
        }
    }

    private final SortedMap<String, byte[]> entries;
    private final List<Line> lines = new ArrayList<>();

    private BundleCheck(SortedMap<String, byte[]> entries) {
        this.entries = entries;
    }

    /**
     * @param entries     the bundle's files by path ({@link RecountBundle#read})
     * @param expectedKey the public key the signer should have (raw 32 bytes), when the checker has it
     * @throws RecountFileException when manifest.json is missing or unreadable: then nothing can be checked
     */
    public static Report check(SortedMap<String, byte[]> entries, Optional<byte[]> expectedKey) {
        return new BundleCheck(entries).run(expectedKey);
    }

    private void ok(String text) {
        lines.add(new Line(Status.OK, text));
    }

    private void fail(String text) {
        lines.add(new Line(Status.FOUT, text));
    }

    private void info(String text) {
        lines.add(new Line(Status.INFO, text));
    }

    private Report run(Optional<byte[]> expectedKey) {
        byte[] manifestJson = entries.get(RecountBundle.MANIFEST);
        if (manifestJson == null) {
            throw new RecountFileException(RecountBundle.MANIFEST + " ontbreekt: dit is geen uitslag-bundel van wijkdeal");
        }
        BundleManifest manifest = BundleManifest.fromJson(manifestJson);
        ok(RecountBundle.MANIFEST + " gelezen: ronde " + manifest.roundId() + " \"" + manifest.roundName()
                + "\", gebied " + manifest.areaCode() + ", " + manifest.wijken().size() + " wijk(en), "
                + manifest.files().size() + " bestanden");
        signature(manifest, manifestJson, expectedKey);
        files(manifest);
        for (BundleManifest.Wijk wijk : manifest.wijken()) {
            wijk(manifest, wijk);
        }
        return new Report(manifest, lines);
    }

    private void signature(BundleManifest manifest, byte[] manifestJson, Optional<byte[]> expectedKey) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(manifest.publicKey());
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != Ed25519.PUBLIC_KEY_BYTES) {
            fail(RecountBundle.MANIFEST + ": public_key is geen Ed25519-sleutel van 32 bytes in base64: \""
                    + manifest.publicKey() + "\"");
            return;
        }
        String fingerprint = Ed25519.fingerprint(key);
        if (expectedKey.isPresent() && !MessageDigest.isEqual(expectedKey.get(), key)) {
            fail("sleutel: het manifest is getekend met " + fingerprint + " (" + manifest.publicKey() + "), verwacht --key "
                    + Ed25519.fingerprint(expectedKey.get()) + " (" + Base64.getEncoder().encodeToString(expectedKey.get()) + ")");
        }
        byte[] sigFile = entries.get(RecountBundle.SIGNATURE);
        if (sigFile == null) {
            fail(RecountBundle.SIGNATURE + " ontbreekt: de bundel is niet ondertekend");
            return;
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(new String(sigFile, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            fail(RecountBundle.SIGNATURE + ": geen handtekening in base64");
            return;
        }
        if (!Ed25519.verify(key, manifestJson, signature)) {
            fail("handtekening klopt niet: " + RecountBundle.SIGNATURE + " hoort niet bij deze " + RecountBundle.MANIFEST
                    + " en sleutel " + fingerprint);
        } else if (expectedKey.isPresent()) {
            if (MessageDigest.isEqual(expectedKey.get(), key)) {
                ok("handtekening klopt, met de sleutel die u gaf: " + fingerprint);
            }
        } else {
            ok("handtekening klopt, met de sleutel in het manifest: " + fingerprint
                    + ". Vergelijk die met de sleutel van de gemeente, of geef --key");
        }
    }

    private void files(BundleManifest manifest) {
        int before = lines.size();
        Set<String> listed = new HashSet<>();
        for (BundleManifest.FileEntry f : manifest.files()) {
            if (!listed.add(f.path())) {
                fail(RecountBundle.MANIFEST + ": " + f.path() + " staat twee keer in de lijst");
                continue;
            }
            byte[] content = entries.get(f.path());
            if (content == null) {
                fail(f.path() + ": ontbreekt (staat in " + RecountBundle.MANIFEST + ")");
                continue;
            }
            String sha = Sha256.hex(Sha256.of(content));
            if (!sha.equals(f.sha256())) {
                fail(f.path() + ": SHA-256 verwacht " + f.sha256() + ", gevonden " + sha);
            }
            if (content.length != f.bytes()) {
                fail(f.path() + ": grootte verwacht " + f.bytes() + " bytes, gevonden " + content.length + " bytes");
            }
        }
        for (String path : entries.keySet()) {
            if (!listed.contains(path) && !path.equals(RecountBundle.MANIFEST) && !path.equals(RecountBundle.SIGNATURE)) {
                fail(path + ": extra bestand, staat niet in " + RecountBundle.MANIFEST);
            }
        }
        if (lines.size() == before) {
            ok(manifest.files().size() + " bestanden: alle aanwezig, geen extra, SHA-256 en grootte kloppen");
        }
    }

    private void wijk(BundleManifest manifest, BundleManifest.Wijk wijk) {
        String w = "wijk " + wijk.code() + ": ";
        String prefix = wijk.code() + "/";
        PublishedResult result = result(wijk, w, prefix);
        receipts(wijk, w, prefix);
        if (!wijk.ballotsPublished()) {
            if (entries.containsKey(prefix + StemmenFile.NAME)) {
                fail(w + StemmenFile.NAME + " staat in de bundel, maar het manifest zegt dat de stemmen niet zijn gepubliceerd");
            } else {
                info(w + "de stemmen zijn niet gepubliceerd (minder dan " + PublishedResult.MIN_PUBLISHED_BALLOTS
                        + " stemmen); opnieuw tellen kan hier niet, de wortel is wel ondertekend");
            }
            outcome(wijk, result, Map.of());
            return;
        }
        Election election = stemmen(wijk, w, prefix);
        if (election == null) {
            outcome(wijk, result, Map.of());
            return;
        }
        if (result != null) {
            plansAgree(w, prefix, result, election);
        }
        String rule = describe(wijk.rule());
        Outcome computed;
        try {
            computed = Tally.run(election, wijk.rule());
        } catch (IllegalArgumentException | ArithmeticException e) {
            fail(w + "opnieuw tellen lukt niet: " + e.getMessage());
            outcome(wijk, result, names(election));
            return;
        }
        if (computed.selected().equals(wijk.computedSelected())) {
            ok(w + "opnieuw geteld (" + rule + "): dezelfde berekende keuze " + ids(computed.selected()));
        } else {
            fail(w + "opnieuw geteld (" + rule + "): berekende keuze verwacht " + ids(wijk.computedSelected())
                    + " (" + RecountBundle.MANIFEST + "), gevonden " + ids(computed.selected()));
        }
        if (result != null && !result.computed().selected().equals(computed.selected())) {
            fail(w + prefix + WijkFiles.RESULT_JSON + " noemt als berekende keuze " + ids(result.computed().selected())
                    + ", opnieuw tellen geeft " + ids(computed.selected()));
        }
        if (result != null) {
            adopted(w, wijk, result, election);
        }
        outcome(wijk, result, names(election));
    }

    private PublishedResult result(BundleManifest.Wijk wijk, String w, String prefix) {
        String path = prefix + WijkFiles.RESULT_JSON;
        byte[] json = entries.get(path);
        if (json == null) {
            fail(w + path + " ontbreekt");
            return null;
        }
        PublishedResult r;
        try {
            r = PublishedResult.fromJson(json, path);
        } catch (RecountFileException e) {
            fail(w + e.getMessage());
            return null;
        }
        int before = lines.size();
        agree(w, path, "wijk_code", wijk.code(), r.wijkCode());
        agree(w, path, "ballots", wijk.ballots(), r.ballots());
        agree(w, path, "ballots_published", wijk.ballotsPublished(), r.ballotsPublished());
        agree(w, path, "rule", RuleJson.toJson(wijk.rule()), RuleJson.toJson(r.rule()));
        agree(w, path, "computed.selected", ids(wijk.computedSelected()), ids(r.computed().selected()));
        agree(w, path, "adopted.selected", ids(wijk.adoptedSelected()), ids(r.adopted().selected()));
        agree(w, path, "roots.ballots", wijk.roots().ballots(), r.roots().ballots());
        agree(w, path, "roots.receipts", wijk.roots().receipts(), r.roots().receipts());
        if (lines.size() == before) {
            ok(w + path + " gelezen, gelijk aan " + RecountBundle.MANIFEST);
        }
        return r;
    }

    private void agree(String w, String path, String field, Object expected, Object found) {
        if (!Objects.equals(expected, found)) {
            fail(w + path + ": " + field + " verwacht " + expected + " (" + RecountBundle.MANIFEST + "), gevonden " + found);
        }
    }

    private void receipts(BundleManifest.Wijk wijk, String w, String prefix) {
        String path = prefix + ReceiptsFile.NAME;
        byte[] text = entries.get(path);
        if (text == null) {
            fail(w + path + " ontbreekt");
            return;
        }
        List<byte[]> hashes;
        try {
            hashes = ReceiptsFile.parse(text, path);
        } catch (RecountFileException e) {
            fail(w + e.getMessage());
            return;
        }
        String root = Sha256.hex(MerkleTree.root(hashes));
        if (root.equals(wijk.roots().receipts())) {
            ok(w + path + ": " + hashes.size() + " ontvangstbewijzen, gesorteerd en uniek, wortel klopt");
        } else {
            fail(w + path + ": wortel van de ontvangstbewijzen verwacht " + wijk.roots().receipts() + " ("
                    + RecountBundle.MANIFEST + "), gevonden " + root);
        }
    }

    private Election stemmen(BundleManifest.Wijk wijk, String w, String prefix) {
        String path = prefix + StemmenFile.NAME;
        byte[] text = entries.get(path);
        if (text == null) {
            fail(w + path + " ontbreekt, terwijl het manifest zegt dat de stemmen zijn gepubliceerd");
            return null;
        }
        Election election;
        try {
            election = PabulibReader.parse(new String(text, StandardCharsets.UTF_8));
        } catch (PabulibException | IllegalArgumentException e) {
            fail(w + path + ": " + e.getMessage());
            return null;
        }
        boolean good = true;
        if (election.ballots().size() != wijk.ballots()) {
            fail(w + path + ": aantal stemmen verwacht " + wijk.ballots() + " (" + RecountBundle.MANIFEST + "), gevonden "
                    + election.ballots().size());
            good = false;
        }
        String root = BallotLeaves.ballotsRoot(election);
        if (!root.equals(wijk.roots().ballots())) {
            fail(w + path + ": wortel van de stemmen verwacht " + wijk.roots().ballots() + " (" + RecountBundle.MANIFEST
                    + "), gevonden " + root);
            good = false;
        }
        if (good) {
            ok(w + path + ": " + election.ballots().size() + " stemmen, wortel klopt");
        }
        return election;
    }

    private void plansAgree(String w, String prefix, PublishedResult result, Election election) {
        String path = prefix + WijkFiles.RESULT_JSON;
        Map<String, Project> inFile = new HashMap<>();
        for (Project p : election.projects()) {
            inFile.put(p.id(), p);
        }
        Set<String> inResult = new TreeSet<>();
        for (PlanLine p : result.plans()) {
            inResult.add(p.id());
            Project q = inFile.get(p.id());
            if (q == null) {
                fail(w + path + " noemt plan " + p.id() + ", dat niet in " + StemmenFile.NAME + " staat");
            } else if (q.cost().compareTo(p.cost()) != 0) {
                fail(w + path + ": plan " + p.id() + " kost " + p.cost().toPlainString() + ", in " + StemmenFile.NAME + " "
                        + q.cost().toPlainString());
            }
        }
        for (String id : new TreeSet<>(inFile.keySet())) {
            if (!inResult.contains(id)) {
                fail(w + StemmenFile.NAME + " noemt plan " + id + ", dat niet in " + path + " staat");
            }
        }
        if (election.budget().compareTo(result.budget()) != 0) {
            fail(w + StemmenFile.NAME + ": budget " + election.budget().toPlainString() + ", in " + path + " "
                    + result.budget().toPlainString());
        }
        if (election.kind() != result.voteType()) {
            fail(w + StemmenFile.NAME + ": vote_type " + election.kind().pabulibName() + ", in " + path + " "
                    + result.voteType().pabulibName());
        }
    }

    private void adopted(String w, BundleManifest.Wijk wijk, PublishedResult result, Election election) {
        Set<String> excluded = new LinkedHashSet<>();
        for (Deviation d : result.adopted().deviations()) {
            excluded.add(d.planId());
        }
        Outcome adopted;
        try {
            adopted = AdoptedOutcome.run(election, wijk.rule(), excluded);
        } catch (IllegalArgumentException | ArithmeticException e) {
            fail(w + "opnieuw tellen zonder de afwijkingen lukt niet: " + e.getMessage());
            return;
        }
        String without = excluded.isEmpty() ? "zonder afwijkingen" : "zonder " + ids(List.copyOf(excluded));
        if (adopted.selected().equals(wijk.adoptedSelected())) {
            ok(w + "opnieuw geteld " + without + ": dezelfde vastgestelde keuze " + ids(adopted.selected()));
        } else {
            fail(w + "opnieuw geteld " + without + ": vastgestelde keuze verwacht " + ids(wijk.adoptedSelected())
                    + " (" + RecountBundle.MANIFEST + "), gevonden " + ids(adopted.selected()));
        }
    }

    private void outcome(BundleManifest.Wijk wijk, PublishedResult result, Map<String, String> names) {
        Map<String, String> titles = new HashMap<>(names);
        if (result != null) {
            for (PlanLine p : result.plans()) {
                titles.put(p.id(), p.title());
            }
        }
        StringBuilder text = new StringBuilder("uitslag wijk " + wijk.code() + " (" + wijk.name() + "), "
                + wijk.ballots() + " stemmen. Vastgesteld:");
        if (wijk.adoptedSelected().isEmpty()) {
            text.append(" geen plannen");
        }
        for (String id : wijk.adoptedSelected()) {
            text.append("\n      ").append(id).append("  ").append(titles.getOrDefault(id, ""));
        }
        if (!wijk.adoptedSelected().equals(wijk.computedSelected())) {
            text.append("\n    (berekend was: ").append(ids(wijk.computedSelected())).append(')');
        }
        info(text.toString());
    }

    private static Map<String, String> names(Election election) {
        return election.projects().stream().collect(Collectors.toMap(Project::id, Project::name, (a, b) -> a));
    }

    static String ids(List<String> ids) {
        return ids.isEmpty() ? "(geen)" : String.join(", ", ids);
    }

    static String describe(RuleSettings s) {
        return switch (s.rule()) {
            case MES -> "mes, " + s.utility().key() + ", " + s.completion().key();
            case TOP_N -> "top-n, n = " + s.n();
            default -> s.rule().key();
        };
    }
}
