package nl.wijkdeal.staff;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.database.Sql;
import nl.wijkdeal.web.FormData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A form posted after the staff session ran out is kept for an hour in the database (any instance
 * may serve the next request); after logging in again the form page takes it back, filled in.
 * The id is 256 random bits, known only to the browser that posted.
 */
@Singleton
public class KeptForms {

    private static final Duration KEEP = Duration.ofHours(1);
    private final Sql sql;
    private final JsonMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    KeptForms(Sql sql, JsonMapper json, Clock clock) {
        this.sql = sql;
        this.json = json;
        this.clock = clock;
    }

    /** @return the id to come back with */
    String keep(String formPath, FormData form) {
        byte[] id = new byte[32];
        random.nextBytes(id);
        try {
            sql.update("DELETE FROM kept_form WHERE kept_until < ?", clock.instant());
            sql.update("INSERT INTO kept_form (id, form_path, fields, kept_until) VALUES (?, ?, ?::jsonb, ?)",
                    id, formPath, json.writeValueAsString(form.withoutToken().fields()), clock.instant().plus(KEEP));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(id);
    }

    /** The kept form for this page, once: taking it deletes it. */
    @Transactional
    public Optional<FormData> take(String id, String formPath) {
        if (id == null || !id.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return sql.one("DELETE FROM kept_form WHERE id = ? AND form_path = ? AND kept_until > ? RETURNING fields::text",
                rs -> rs.getString(1), HexFormat.of().parseHex(id), formPath, clock.instant()).map(this::read);
    }

    @SuppressWarnings("unchecked")
    private FormData read(String text) {
        try {
            return FormData.of(json.readValue(text, Map.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
