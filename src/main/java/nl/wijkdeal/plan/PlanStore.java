package nl.wijkdeal.plan;

import jakarta.inject.Singleton;
import nl.wijkdeal.database.Sql;
import nl.wijkdeal.kernel.Money;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The plan, participant, plan_version, plan_event, plan_support and plan_photo rows. */
@Singleton
class PlanStore {

    private static final String SELECT = """
            SELECT p.id, p.round_id, p.neighbourhood_code, p.title, p.summary, p.description, p.cost_cents, p.theme,
                   p.location, p.shown_name, p.author_id, p.state, p.version, p.supports, p.submitted_at, p.published_at,
                   p.hidden_reason
            FROM plan p""";

    private final Sql sql;

    PlanStore(Sql sql) {
        this.sql = sql;
    }

    /** The participant with this (normalised) address, made if new. */
    long participant(String email, String language, Instant now) {
        return sql.one("""
                INSERT INTO participant (email, language, created_at) VALUES (?, ?, ?)
                ON CONFLICT (email) DO UPDATE SET language = excluded.language
                RETURNING id""", rs -> rs.getLong(1), email, language, now).orElseThrow();
    }

    Optional<String> email(long participantId) {
        return sql.one("SELECT email FROM participant WHERE id = ?", rs -> rs.getString(1), participantId);
    }

    Optional<String> language(long participantId) {
        return sql.one("SELECT language FROM participant WHERE id = ?", rs -> rs.getString(1), participantId);
    }

    void participantConfirmed(long participantId, Instant now) {
        sql.update("UPDATE participant SET confirmed_at = ? WHERE id = ? AND confirmed_at IS NULL", now, participantId);
    }

    /** @return the new plan's id, or empty when this form or this title of this author is there already */
    Optional<Long> insert(long roundId, PlanText text, String shownName, long authorId, UUID formKey, Instant now) {
        return sql.one("""
                INSERT INTO plan (round_id, neighbourhood_code, title, summary, description, cost_cents, theme, location,
                                  shown_name, author_id, form_key, submitted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING RETURNING id""", rs -> rs.getLong(1),
                roundId, text.wijk(), text.title(), text.summary(), text.description(), text.cost().cents(), text.theme(),
                text.location(), shownName, authorId, formKey, now);
    }

    Optional<Long> byFormKey(UUID formKey) {
        return sql.one("SELECT id FROM plan WHERE form_key = ?", rs -> rs.getLong(1), formKey);
    }

    Optional<Plan> find(long id) {
        return sql.one(SELECT + " WHERE p.id = ?", PlanStore::plan, id);
    }

    void addVersion(long planId, int version, PlanText text, String editedBy, Instant at) {
        sql.update("""
                INSERT INTO plan_version (plan_id, version, title, summary, description, cost_cents, theme, location,
                                          neighbourhood_code, edited_by, edited_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                planId, version, text.title(), text.summary(), text.description(), text.cost().cents(), text.theme(),
                text.location(), text.wijk(), editedBy, at);
    }

    /** The new text as the next version, if the plan is still at {@code version}. @return the new version */
    Optional<Integer> update(long planId, int version, PlanText text) {
        return sql.one("""
                UPDATE plan SET title = ?, summary = ?, description = ?, cost_cents = ?, theme = ?, location = ?,
                                neighbourhood_code = ?, version = version + 1
                WHERE id = ? AND version = ? RETURNING version""", rs -> rs.getInt(1),
                text.title(), text.summary(), text.description(), text.cost().cents(), text.theme(), text.location(),
                text.wijk(), planId, version);
    }

    /** One saved version of the text, with who (the shown name, "" = anonymous) and when. */
    record Version(int version, PlanText text, String editedBy, Instant editedAt) {
    }

    List<Version> versions(long planId) {
        return sql.list("""
                SELECT version, title, summary, description, cost_cents, neighbourhood_code, theme, location, edited_by, edited_at
                FROM plan_version WHERE plan_id = ? ORDER BY version""",
                rs -> new Version(rs.getInt("version"), new PlanText(rs.getString("title"), rs.getString("summary"),
                        rs.getString("description"), new Money(rs.getLong("cost_cents")), rs.getString("neighbourhood_code"),
                        rs.getString("theme"), rs.getString("location")), rs.getString("edited_by"), Sql.instant(rs, "edited_at")),
                planId);
    }

    void addEvent(long planId, PlanEvent.Kind kind, String note, Instant at) {
        sql.update("INSERT INTO plan_event (plan_id, kind, note, at) VALUES (?, ?, ?, ?)", planId, kind.name(), note, at);
    }

    List<PlanEvent> events(long planId) {
        return sql.list("SELECT kind, note, at FROM plan_event WHERE plan_id = ? ORDER BY id",
                rs -> new PlanEvent(PlanEvent.Kind.valueOf(rs.getString("kind")), rs.getString("note"), Sql.instant(rs, "at")),
                planId);
    }

    /** SUBMITTED -> PUBLISHED, once. @return whether this call published it */
    boolean publish(long planId, Instant now) {
        return sql.update("UPDATE plan SET state = 'PUBLISHED', published_at = ? WHERE id = ? AND state = 'SUBMITTED'",
                now, planId) == 1;
    }

    /** @return false when this participant asked to support this plan before */
    boolean addSupport(long planId, long participantId, Instant now) {
        return sql.update("""
                INSERT INTO plan_support (plan_id, participant_id, created_at) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""", planId, participantId, now) == 1;
    }

    /**
     * Counts a support once: the first confirmation raises the plan's counter in the same
     * transaction, a second one (the same link twice, or racing clicks) changes nothing.
     *
     * @return the plan's supports after this confirmation, or empty when it was counted already
     */
    Optional<Integer> confirmSupport(long planId, long participantId, Instant now) {
        int confirmed = sql.update("""
                UPDATE plan_support SET confirmed_at = ?
                WHERE plan_id = ? AND participant_id = ? AND confirmed_at IS NULL""", now, planId, participantId);
        if (confirmed == 0) {
            return Optional.empty();
        }
        return sql.one("UPDATE plan SET supports = supports + 1 WHERE id = ? RETURNING supports", rs -> rs.getInt(1), planId);
    }

    /** Authors and confirmed supporters of a plan: who hears about its status. [email, language] */
    List<String[]> followers(long planId) {
        return sql.list("""
                SELECT pa.email, pa.language FROM participant pa JOIN plan p ON p.author_id = pa.id WHERE p.id = ?
                UNION
                SELECT pa.email, pa.language FROM participant pa JOIN plan_author a ON a.participant_id = pa.id
                WHERE a.plan_id = ?
                UNION
                SELECT pa.email, pa.language FROM participant pa JOIN plan_support s ON s.participant_id = pa.id
                WHERE s.plan_id = ? AND s.confirmed_at IS NOT NULL""",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, planId, planId, planId);
    }

    boolean hasEvent(long planId, PlanEvent.Kind kind) {
        return sql.one("SELECT 1 FROM plan_event WHERE plan_id = ? AND kind = ? LIMIT 1", rs -> true, planId, kind.name())
                .isPresent();
    }

    /** Every public plan of a round, oldest first (for staff and the phase listeners). */
    List<Plan> published(long roundId) {
        return sql.list(SELECT + " WHERE p.round_id = ? AND p.state = 'PUBLISHED' ORDER BY p.id", PlanStore::plan, roundId);
    }

    /** The plan a merged plan became part of. */
    Optional<Long> mergedInto(long planId) {
        return sql.one("SELECT merged_into FROM plan WHERE id = ? AND merged_into IS NOT NULL", rs -> rs.getLong(1), planId);
    }

    /**
     * Folds {@code source} into {@code target}: source becomes MERGED (compare-and-set on both being
     * live), its confirmed supports count for the target (an address supporting both counts once),
     * its author becomes a co-author. @return false when either was no longer live
     */
    boolean merge(long source, long target, Instant now) {
        int moved = sql.update("""
                UPDATE plan SET state = 'MERGED', merged_into = ?
                WHERE id = ? AND state = 'PUBLISHED' AND EXISTS (SELECT 1 FROM plan t WHERE t.id = ? AND t.state = 'PUBLISHED')""",
                target, source, target);
        if (moved == 0) {
            return false;
        }
        sql.update("""
                INSERT INTO plan_support (plan_id, participant_id, created_at, confirmed_at)
                SELECT ?, participant_id, created_at, confirmed_at FROM plan_support WHERE plan_id = ? AND confirmed_at IS NOT NULL
                ON CONFLICT (plan_id, participant_id) DO UPDATE SET confirmed_at = coalesce(plan_support.confirmed_at, excluded.confirmed_at)""",
                target, source);
        sql.update("""
                INSERT INTO plan_author (plan_id, participant_id, shown_name, since)
                SELECT ?, author_id, shown_name, ? FROM plan WHERE id = ?
                UNION ALL
                SELECT ?, participant_id, shown_name, ? FROM plan_author WHERE plan_id = ?
                ON CONFLICT DO NOTHING""", target, now, source, target, now, source);
        sql.update("""
                UPDATE plan SET supports = (SELECT count(*) FROM plan_support WHERE plan_id = ? AND confirmed_at IS NOT NULL)
                WHERE id = ?""", target, target);
        return true;
    }

    /** @return false when this participant is already the author or a co-author of the plan */
    boolean addCoAuthor(long planId, long participantId, String shownName, Instant now) {
        return sql.update("""
                INSERT INTO plan_author (plan_id, participant_id, shown_name, since)
                SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM plan WHERE id = ? AND author_id = ?)
                ON CONFLICT DO NOTHING""", planId, participantId, shownName, now, planId, participantId) == 1;
    }

    /** The name an editor shows on the versions: the author's or a co-author's ("" = anonymous). */
    String editorName(Plan plan, long participantId) {
        if (participantId == plan.authorId()) {
            return plan.shownName() == null ? "" : plan.shownName();
        }
        return sql.one("SELECT coalesce(shown_name, '') FROM plan_author WHERE plan_id = ? AND participant_id = ?",
                rs -> rs.getString(1), plan.id(), participantId).orElse("");
    }

    /** The shown names of the other authors (co-authors, authors of merged plans); "" = anonymous. */
    List<String> coAuthors(long planId) {
        return sql.list("SELECT coalesce(shown_name, '') FROM plan_author WHERE plan_id = ? ORDER BY since, participant_id",
                rs -> rs.getString(1), planId);
    }

    /** The public plans of a round that match, in the order asked. */
    List<Plan> search(long roundId, PlanFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE p.round_id = ? AND p.state = 'PUBLISHED' AND p.hidden_reason IS NULL");
        List<Object> params = new ArrayList<>(List.of(roundId));
        if (filter.wijk() != null) {
            where.append(" AND p.neighbourhood_code = ?");
            params.add(filter.wijk());
        }
        if (filter.theme() != null) {
            where.append(" AND p.theme = ?");
            params.add(filter.theme());
        }
        if (filter.threshold() != null) {
            where.append(filter.enoughSupport() ? " AND p.supports >= ?" : " AND p.supports < ?");
            params.add(filter.threshold());
        }
        if (filter.text() != null) {
            // Plain substring search over title, summary and description: predictable for residents
            // (Dutch stemming would find "bomen" for "boom" but also surprise), and fast enough for a
            // round's few hundred plans.
            where.append(" AND (p.title || ' ' || p.summary || ' ' || p.description) ILIKE ? ESCAPE '\\'");
            params.add("%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String order = switch (filter.order()) {
            case SUPPORTED -> " ORDER BY p.supports DESC, p.id";
            case NEWEST -> " ORDER BY p.published_at DESC, p.id DESC";
            // Stable for one visitor (same seed), different between visitors: no plan is always on top.
            case RANDOM -> " ORDER BY md5(? || ':' || p.id), p.id";
        };
        if (filter.order() == PlanFilter.Order.RANDOM) {
            params.add(Long.toString(filter.seed()));
        }
        return sql.list(SELECT + where + order, PlanStore::plan, params.toArray());
    }

    /** The plan's photo, new or instead of the one it had. */
    void savePhoto(long planId, PlanPhoto photo) {
        sql.update("""
                INSERT INTO plan_photo (plan_id, content_type, bytes, width, height) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (plan_id) DO UPDATE SET content_type = excluded.content_type, bytes = excluded.bytes,
                                                    width = excluded.width, height = excluded.height""",
                planId, photo.contentType(), photo.bytes(), photo.width(), photo.height());
    }

    void removePhoto(long planId) {
        sql.update("DELETE FROM plan_photo WHERE plan_id = ?", planId);
    }

    Optional<PlanPhoto> photo(long planId) {
        return sql.one("SELECT content_type, bytes, width, height FROM plan_photo WHERE plan_id = ?",
                rs -> new PlanPhoto(rs.getString(1), rs.getBytes(2), rs.getInt(3), rs.getInt(4)), planId);
    }

    /** Width and height of the plan's photo, for the page (without its bytes). */
    Optional<PhotoRules.Size> photoSize(long planId) {
        return sql.one("SELECT width, height FROM plan_photo WHERE plan_id = ?",
                rs -> new PhotoRules.Size(rs.getInt(1), rs.getInt(2)), planId);
    }

    private static Plan plan(ResultSet rs) throws SQLException {
        PlanText text = new PlanText(rs.getString("title"), rs.getString("summary"), rs.getString("description"),
                new Money(rs.getLong("cost_cents")), rs.getString("neighbourhood_code"), rs.getString("theme"),
                rs.getString("location"));
        return new Plan(rs.getLong("id"), rs.getLong("round_id"), text, rs.getString("shown_name"), rs.getLong("author_id"),
                Plan.State.valueOf(rs.getString("state")), rs.getInt("version"), rs.getInt("supports"),
                Sql.instant(rs, "submitted_at"), Sql.instant(rs, "published_at"), rs.getString("hidden_reason"));
    }
}
