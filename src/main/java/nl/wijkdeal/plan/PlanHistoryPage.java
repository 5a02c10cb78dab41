package nl.wijkdeal.plan;

import nl.wijkdeal.area.Area;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Every version of a plan, newest first, each with what changed since the one before. */
record PlanHistoryPage(long id, String title, List<VersionLine> versions) {

    record VersionLine(int version, String editedBy, Instant editedAt, boolean first, List<Change> changes) {
    }

    /** One field that changed, as runs of kept, added and removed words. */
    record Change(String field, List<Piece> parts) {
    }

    record Piece(String text, boolean added, boolean removed) {
        static Piece of(TextDiff.Part part) {
            return new Piece(part.text(), part.kind() == TextDiff.Kind.ADDED, part.kind() == TextDiff.Kind.REMOVED);
        }
    }

    static PlanHistoryPage of(Plan plan, Area area, List<PlanStore.Version> versions) {
        List<VersionLine> lines = new ArrayList<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            PlanStore.Version now = versions.get(i);
            List<Change> changes = new ArrayList<>();
            if (i > 0) {
                PlanText before = versions.get(i - 1).text();
                PlanText after = now.text();
                change(changes, "title", before.title(), after.title());
                change(changes, "summary", before.summary(), after.summary());
                change(changes, "description", before.description(), after.description());
                change(changes, "cost", before.cost().format(), after.cost().format());
                change(changes, "wijk", area.nameOf(before.wijk()), area.nameOf(after.wijk()));
                change(changes, "theme", before.theme(), after.theme());
                change(changes, "location", before.location(), after.location());
            }
            lines.add(new VersionLine(now.version(), now.editedBy(), now.editedAt(), i == 0, changes));
        }
        return new PlanHistoryPage(plan.id(), plan.text().title(), lines);
    }

    private static void change(List<Change> changes, String field, String before, String after) {
        List<TextDiff.Part> parts = TextDiff.of(before, after);
        if (TextDiff.changed(parts)) {
            changes.add(new Change(field, parts.stream().map(Piece::of).toList()));
        }
    }
}
