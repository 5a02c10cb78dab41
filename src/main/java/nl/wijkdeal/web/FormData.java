package nl.wijkdeal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A posted form as text, exactly as typed, so a refused form can come back unchanged. Fields that
 * occur more than once (checkboxes) are lists. Controllers take {@code @Body Map<String, Object>}
 * and wrap it here.
 */
public record FormData(Map<String, List<String>> fields) {

    public FormData {
        fields = Map.copyOf(fields);
    }

    public static FormData of(Map<String, ?> body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (body != null) {
            body.forEach((name, value) -> {
                List<String> values = new ArrayList<>();
                if (value instanceof Iterable<?> many) {
                    many.forEach(v -> values.add(String.valueOf(v)));
                } else if (value != null) {
                    values.add(String.valueOf(value));
                }
                fields.put(name, List.copyOf(values));
            });
        }
        return new FormData(fields);
    }

    /** The first value, or "" when the field is missing. */
    public String text(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    public List<String> all(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /** The form without the CSRF token, for keeping. */
    public FormData withoutToken() {
        Map<String, List<String>> copy = new LinkedHashMap<>(fields);
        copy.remove(Csrf.FIELD);
        return new FormData(copy);
    }
}
