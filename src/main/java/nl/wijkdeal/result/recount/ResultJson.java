package nl.wijkdeal.result.recount;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.wijkdeal.result.recount.PublishedResult.Adopted;
import nl.wijkdeal.result.recount.PublishedResult.Channels;
import nl.wijkdeal.result.recount.PublishedResult.Computed;
import nl.wijkdeal.result.recount.PublishedResult.Deviation;
import nl.wijkdeal.result.recount.PublishedResult.PlanLine;
import nl.wijkdeal.result.recount.PublishedResult.Roots;
import nl.wijkdeal.tally.BallotKind;
import nl.wijkdeal.tally.Reason;

/**
 * uitslag.json and manifest.json to and from the JSON tree; names snake_case, order as in the spec.
 * Money is a decimal string, so no reader rounds it through a binary double.
 */
final class ResultJson {

    private ResultJson() {
    }

    static Map<String, Object> tree(PublishedResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", PublishedResult.FORMAT);
        m.put("round_id", r.roundId());
        m.put("round_name", r.roundName());
        m.put("area_code", r.areaCode());
        m.put("wijk_code", r.wijkCode());
        m.put("wijk_name", r.wijkName());
        m.put("budget", r.budget().toPlainString());
        m.put("ballot_kind", r.ballotKind());
        m.put("vote_type", r.voteType().pabulibName());
        m.put("rule", RuleJson.tree(r.rule()));
        m.put("engine_version", r.engineVersion());
        m.put("counted_at", r.countedAt().toString());
        m.put("ballots", (long) r.ballots());
        m.put("eligible", r.eligible().isPresent() ? (Object) (long) r.eligible().getAsInt() : null);
        m.put("channels", r.channels().map(c -> {
            Map<String, Object> ch = new LinkedHashMap<>();
            ch.put("online", (long) c.online());
            ch.put("counter", (long) c.counter());
            ch.put("paper", (long) c.paper());
            return (Object) ch;
        }).orElse(null));
        m.put("ballots_published", r.ballotsPublished());
        List<Object> plans = new ArrayList<>();
        for (PlanLine p : r.plans()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("id", p.id());
            pm.put("title", p.title());
            pm.put("cost", p.cost().toPlainString());
            pm.put("score", p.score());
            pm.put("voters", p.voters());
            pm.put("place", (long) p.place());
            pm.put("computed_selected", p.computedSelected());
            pm.put("adopted_selected", p.adoptedSelected());
            pm.put("reason", p.reason().name());
            pm.put("selection_round", (long) p.selectionRound());
            pm.put("amount", p.amount().toPlainString());
            pm.put("limit", p.limit());
            pm.put("other", p.other());
            plans.add(pm);
        }
        m.put("plans", plans);
        Map<String, Object> computed = new LinkedHashMap<>();
        computed.put("selected", r.computed().selected());
        computed.put("total_cost", r.computed().totalCost().toPlainString());
        m.put("computed", computed);
        Map<String, Object> adopted = new LinkedHashMap<>();
        adopted.put("selected", r.adopted().selected());
        adopted.put("total_cost", r.adopted().totalCost().toPlainString());
        List<Object> deviations = new ArrayList<>();
        for (Deviation d : r.adopted().deviations()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("plan_id", d.planId());
            dm.put("reason", d.reason());
            deviations.add(dm);
        }
        adopted.put("deviations", deviations);
        adopted.put("note", r.adopted().note());
        adopted.put("adopted_by", r.adopted().adoptedBy());
        adopted.put("adopted_at", r.adopted().adoptedAt().toString());
        m.put("adopted", adopted);
        m.put("published_at", r.publishedAt().toString());
        m.put("roots", roots(r.roots()));
        return m;
    }

    static Map<String, Object> roots(Roots roots) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ballots", roots.ballots());
        m.put("receipts", roots.receipts());
        return m;
    }

    static Roots readRoots(Fields f) {
        return new Roots(f.text("ballots"), f.text("receipts"));
    }

    static PublishedResult read(Object tree, String file) {
        Fields f = Fields.of(tree, file);
        String format = f.text("format");
        if (!format.equals(PublishedResult.FORMAT)) {
            throw new RecountFileException(file + ": formaat \"" + format + "\" ken ik niet (verwacht "
                    + PublishedResult.FORMAT + ")");
        }
        String voteType = f.text("vote_type");
        BallotKind kind = BallotKind.fromPabulib(voteType)
                .filter(k -> k == BallotKind.APPROVAL || k == BallotKind.CUMULATIVE)
                .orElseThrow(() -> new RecountFileException(file + ": vote_type \"" + voteType
                        + "\" ken ik niet (approval of cumulative)"));
        Long eligible = f.nullableNumber("eligible");
        Fields ch = f.nullableObject("channels");
        List<PlanLine> plans = new ArrayList<>();
        for (Fields p : f.objects("plans")) {
            String reason = p.text("reason");
            Reason why;
            try {
                why = Reason.valueOf(reason);
            } catch (IllegalArgumentException e) {
                throw new RecountFileException(p.where() + ": reason \"" + reason + "\" ken ik niet");
            }
            plans.add(new PlanLine(p.text("id"), p.text("title"), p.decimal("cost"), p.number("score"),
                    p.number("voters"), p.integer("place"), p.bool("computed_selected"), p.bool("adopted_selected"),
                    why, p.integer("selection_round"), p.decimal("amount"), p.number("limit"), p.text("other")));
        }
        Fields c = f.object("computed");
        Fields a = f.object("adopted");
        List<Deviation> deviations = new ArrayList<>();
        for (Fields d : a.objects("deviations")) {
            deviations.add(new Deviation(d.text("plan_id"), d.text("reason")));
        }
        try {
            return new PublishedResult(f.number("round_id"), f.text("round_name"), f.text("area_code"),
                    f.text("wijk_code"), f.text("wijk_name"), f.decimal("budget"), f.text("ballot_kind"), kind,
                    RuleJson.read(f.object("rule")), f.text("engine_version"), f.instant("counted_at"),
                    f.integer("ballots"), eligible == null ? OptionalInt.empty() : OptionalInt.of(Math.toIntExact(eligible)),
                    ch == null ? Optional.empty() : Optional.of(new Channels(ch.integer("online"), ch.integer("counter"),
                            ch.integer("paper"))),
                    f.bool("ballots_published"), plans,
                    new Computed(c.texts("selected"), c.decimal("total_cost")),
                    new Adopted(a.texts("selected"), a.decimal("total_cost"), deviations, a.text("note"),
                            a.text("adopted_by"), a.instant("adopted_at")),
                    f.instant("published_at"), readRoots(f.object("roots")));
        } catch (IllegalArgumentException | ArithmeticException e) {
            if (e instanceof RecountFileException r) {
                throw r;
            }
            throw new RecountFileException(file + ": " + e.getMessage());
        }
    }

    static Map<String, Object> tree(BundleManifest b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", BundleManifest.FORMAT);
        m.put("round_id", b.roundId());
        m.put("round_name", b.roundName());
        m.put("area_code", b.areaCode());
        m.put("engine_version", b.engineVersion());
        m.put("public_key", b.publicKey());
        List<Object> wijken = new ArrayList<>();
        for (BundleManifest.Wijk w : b.wijken()) {
            Map<String, Object> wm = new LinkedHashMap<>();
            wm.put("code", w.code());
            wm.put("name", w.name());
            wm.put("ballots", (long) w.ballots());
            wm.put("ballots_published", w.ballotsPublished());
            wm.put("rule", RuleJson.tree(w.rule()));
            wm.put("computed_selected", w.computedSelected());
            wm.put("adopted_selected", w.adoptedSelected());
            wm.put("roots", roots(w.roots()));
            wijken.add(wm);
        }
        m.put("wijken", wijken);
        List<Object> files = new ArrayList<>();
        for (BundleManifest.FileEntry e : b.files()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("path", e.path());
            fm.put("sha256", e.sha256());
            fm.put("bytes", e.bytes());
            files.add(fm);
        }
        m.put("files", files);
        return m;
    }

    static BundleManifest readManifest(Object tree, String file) {
        Fields f = Fields.of(tree, file);
        String format = f.text("format");
        if (!format.equals(BundleManifest.FORMAT)) {
            throw new RecountFileException(file + ": formaat \"" + format + "\" ken ik niet (verwacht "
                    + BundleManifest.FORMAT + ")");
        }
        List<BundleManifest.Wijk> wijken = new ArrayList<>();
        for (Fields w : f.objects("wijken")) {
            wijken.add(new BundleManifest.Wijk(w.text("code"), w.text("name"), w.integer("ballots"),
                    w.bool("ballots_published"), RuleJson.read(w.object("rule")), w.texts("computed_selected"),
                    w.texts("adopted_selected"), readRoots(w.object("roots"))));
        }
        List<BundleManifest.FileEntry> files = new ArrayList<>();
        for (Fields e : f.objects("files")) {
            files.add(new BundleManifest.FileEntry(e.text("path"), e.text("sha256"), e.number("bytes")));
        }
        try {
            return new BundleManifest(f.number("round_id"), f.text("round_name"), f.text("area_code"),
                    f.text("engine_version"), f.text("public_key"), wijken, files);
        } catch (IllegalArgumentException e) {
            throw new RecountFileException(file + ": " + e.getMessage());
        }
    }
}
