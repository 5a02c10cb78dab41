package nl.wijkdeal.result.recount;

import java.util.List;
import java.util.Objects;
import nl.wijkdeal.tally.RuleSettings;

/**
 * {@code manifest.json}: what a round's recount bundle holds, signed as a whole by {@code manifest.sig}.
 * It names every other file with its SHA-256 and size, so one signature covers them all.
 *
 * @param publicKey base64 of the raw 32-byte Ed25519 public key that signed it
 * @param files     every entry of the bundle except manifest.json and manifest.sig, sorted by path
 */
public record BundleManifest(long roundId, String roundName, String areaCode, String engineVersion, String publicKey,
                             List<Wijk> wijken, List<FileEntry> files) {

    public static final String FORMAT = "wijkdeal-bundel/1";

    public BundleManifest {
        Objects.requireNonNull(roundName, "roundName");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(engineVersion, "engineVersion");
        Objects.requireNonNull(publicKey, "publicKey");
        wijken = List.copyOf(wijken);
        files = List.copyOf(files);
    }

    /** One published wijk: the outcome and roots, repeated here so the signature covers them directly. */
    public record Wijk(String code, String name, int ballots, boolean ballotsPublished, RuleSettings rule,
                       List<String> computedSelected, List<String> adoptedSelected, PublishedResult.Roots roots) {

        public Wijk {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(roots, "roots");
            computedSelected = List.copyOf(computedSelected);
            adoptedSelected = List.copyOf(adoptedSelected);
        }

        static Wijk of(PublishedResult r) {
            return new Wijk(r.wijkCode(), r.wijkName(), r.ballots(), r.ballotsPublished(), r.rule(),
                    r.computed().selected(), r.adopted().selected(), r.roots());
        }
    }

    /** @param sha256 lowercase hex */
    public record FileEntry(String path, String sha256, long bytes) {

        public FileEntry {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    public byte[] toJson() {
        return Json.write(ResultJson.tree(this));
    }

    public static BundleManifest fromJson(byte[] json) {
        return ResultJson.readManifest(Json.parse(json, RecountBundle.MANIFEST), RecountBundle.MANIFEST);
    }
}
