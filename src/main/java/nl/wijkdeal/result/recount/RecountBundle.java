package nl.wijkdeal.result.recount;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.wijkdeal.tally.Tally;

/**
 * The recount bundle of a round: every published wijk's files under {@code <WIJKCODE>/}, a LEESMIJ.txt,
 * and manifest.json (every file's SHA-256) signed in manifest.sig. The same data gives the same bytes:
 * entries sorted by path, one fixed timestamp, deterministic JSON and a deterministic signature, so a
 * bundle downloaded twice can be compared with a plain checksum.
 */
public final class RecountBundle {

    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";
    public static final String README = "LEESMIJ.txt";

    /**
     * Not the time of writing: that would change the bytes on every download. 1 January 1980 is the
     * earliest time a zip entry can hold, so nobody mistakes it for a real date. Local time is what
     * the zip format stores; setTimeLocal writes it without any time-zone conversion.
     */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    /** A bundle larger than this is not ours; reading stops before it fills the memory (zip bombs). */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    private RecountBundle() {
    }

    /** {@code wijkdeal-<id>-uitslag.zip}, the name LEESMIJ.txt and the verify command talk about. */
    public static String fileName(long roundId) {
        return "wijkdeal-" + roundId + "-uitslag.zip";
    }

    public static byte[] write(long roundId, String roundName, String areaCode, List<WijkFiles> wijken, Ed25519 key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(roundId, roundName, areaCode, wijken, key, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the zip to {@code out}, which stays open. */
    public static void write(long roundId, String roundName, String areaCode, List<WijkFiles> wijken, Ed25519 key,
                             OutputStream out) throws IOException {
        SortedMap<String, byte[]> entries = entries(roundId, roundName, areaCode, wijken, key);
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            ZipEntry entry = new ZipEntry(e.getKey());
            entry.setTimeLocal(ENTRY_TIME);
            zip.putNextEntry(entry);
            zip.write(e.getValue());
            zip.closeEntry();
        }
        zip.finish();
        zip.close();
    }

    /** Every entry of the bundle by path, manifest and signature included. */
    public static SortedMap<String, byte[]> entries(long roundId, String roundName, String areaCode,
                                                    List<WijkFiles> wijken, Ed25519 key) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        List<BundleManifest.Wijk> manifestWijken = new ArrayList<>();
        List<WijkFiles> sorted = new ArrayList<>(wijken);
        sorted.sort((a, b) -> a.result().wijkCode().compareTo(b.result().wijkCode()));
        for (WijkFiles w : sorted) {
            PublishedResult r = w.result();
            if (r.roundId() != roundId || !r.areaCode().equals(areaCode)) {
                throw new IllegalArgumentException("wijk " + r.wijkCode() + " hoort bij ronde " + r.roundId()
                        + " in gebied " + r.areaCode() + ", niet bij ronde " + roundId + " in " + areaCode);
            }
            if (r.wijkCode().isEmpty() || r.wijkCode().contains("/") || r.wijkCode().contains("\\")
                    || r.wijkCode().startsWith(".")) {
                throw new IllegalArgumentException("wijkcode \"" + r.wijkCode() + "\" kan geen mapnaam zijn");
            }
            for (Map.Entry<String, byte[]> f : w.files().entrySet()) {
                if (files.put(r.wijkCode() + "/" + f.getKey(), f.getValue()) != null) {
                    throw new IllegalArgumentException("wijk " + r.wijkCode() + " staat twee keer in de bundel");
                }
            }
            manifestWijken.add(BundleManifest.Wijk.of(r));
        }
        files.put(README, readme(roundId, roundName, key).getBytes(StandardCharsets.UTF_8));
        List<BundleManifest.FileEntry> listed = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            listed.add(new BundleManifest.FileEntry(f.getKey(), Sha256.hex(Sha256.of(f.getValue())), f.getValue().length));
        }
        BundleManifest manifest = new BundleManifest(roundId, roundName, areaCode, Tally.ENGINE_VERSION,
                key.publicKeyBase64(), manifestWijken, listed);
        byte[] manifestJson = manifest.toJson();
        files.put(MANIFEST, manifestJson);
        files.put(SIGNATURE, (Base64.getEncoder().encodeToString(key.sign(manifestJson)) + "\n")
                .getBytes(StandardCharsets.US_ASCII));
        return Collections.unmodifiableSortedMap(files);
    }

    static String readme(long roundId, String roundName, Ed25519 key) {
        String file = fileName(roundId);
        return """
                Uitslag van wijkdeal-ronde %1$d: %2$s
                ==========================================

                Dit bestand is de uitslag van de ronde, met alles wat je nodig hebt om de telling
                zelf na te doen.

                Wat zit erin? Per wijk een map met de code van de wijk:
                  uitslag.json           de uitslag: alle plannen, de regel, wat de telling koos en
                                         wat de wethouder heeft vastgesteld (met de reden van elke afwijking)
                  uitslag.csv            dezelfde plannen als tabel, te openen in Excel
                  ontvangstbewijzen.txt  de SHA-256-code van elk ontvangstbewijs, gesorteerd
                  stemmen.pb             alle stemmen, zonder namen, in willekeurige volgorde
                                         (alleen bij 10 stemmen of meer in de wijk)
                En verder:
                  manifest.json          de lijst van alle bestanden met hun SHA-256-code
                  manifest.sig           de digitale handtekening (Ed25519) van manifest.json

                Zelf controleren:
                  java -jar wijkdeal.jar verify %3$s --key %4$s
                Dat controleert de handtekening, elk bestand, de ontvangstbewijzen en de stemmen, en
                telt de stemmen opnieuw. Vergelijk de sleutel met de sleutel op de website van de
                gemeente. Vingerafdruk van de sleutel: %5$s

                Je eigen stem: vul de code van je ontvangstbewijs in bij "Is mijn stem geteld?" op
                de website, of zoek de SHA-256 van die code op in ontvangstbewijzen.txt van je wijk.


                Results of wijkdeal round %1$d: %2$s
                (English)

                This file holds the results of the round and everything you need to repeat the count.
                One folder per neighbourhood (wijk), named by its code:
                  uitslag.json           the result: every plan, the rule, what the count selected and
                                         what was adopted (with the reason for every deviation)
                  uitslag.csv            the same plans as a spreadsheet
                  ontvangstbewijzen.txt  the SHA-256 of every receipt code, sorted
                  stemmen.pb             every ballot, anonymous, shuffled, in the Pabulib format
                                         (only for neighbourhoods with 10 ballots or more)
                  manifest.json          every file with its SHA-256
                  manifest.sig           the Ed25519 signature of manifest.json

                To check it yourself:
                  java -jar wijkdeal.jar verify %3$s --key %4$s
                This checks the signature, every file, the receipts and the ballots, and recounts.
                Compare the key with the one the municipality publishes. Key fingerprint: %5$s
                """.formatted(roundId, roundName, file, key.publicKeyBase64(), key.fingerprint());
    }

    /** The entries of a bundle: a zip file, or a folder with the unpacked files. */
    public static SortedMap<String, byte[]> read(Path bundle) throws IOException {
        if (Files.isDirectory(bundle)) {
            return readFolder(bundle);
        }
        return readZip(Files.readAllBytes(bundle), bundle.toString());
    }

    static SortedMap<String, byte[]> readFolder(Path folder) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                if (Files.isRegularFile(p)) {
                    List<String> parts = new ArrayList<>();
                    folder.relativize(p).forEach(part -> parts.add(part.toString()));
                    byte[] content = Files.readAllBytes(p);
                    total += content.length;
                    if (total > MAX_BYTES) {
                        throw new RecountFileException(folder + ": meer dan " + MAX_BYTES / 1024 / 1024
                                + " MB, dat is geen uitslag van wijkdeal");
                    }
                    files.put(String.join("/", parts), content);
                }
            }
        }
        return files;
    }

    public static SortedMap<String, byte[]> readZip(byte[] zip, String name) throws IOException {
        if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K') {
            throw new RecountFileException(name + " is geen zip-bestand en geen map");
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_BYTES) {
                        throw new RecountFileException(name + ": uitgepakt meer dan " + MAX_BYTES / 1024 / 1024
                                + " MB, dat is geen uitslag van wijkdeal");
                    }
                    content.write(buffer, 0, n);
                }
                if (files.put(entry.getName(), content.toByteArray()) != null) {
                    throw new RecountFileException(name + ": " + entry.getName() + " staat twee keer in de zip");
                }
            }
        } catch (ZipException e) {
            throw new RecountFileException(name + " is geen geldig zip-bestand: " + e.getMessage(), e);
        }
        return files;
    }

    /** Lets the caller keep its stream (a response body) open after the zip is finished. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
