package nl.wijkdeal.result.recount;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed reading of one parsed JSON object. Every problem names the file and the place in it
 * ("NOORD/uitslag.json: plans[2].cost"), because the verify command prints it to whoever checks.
 */
final class Fields {

    private final Map<?, ?> map;
    private final String where;

    private Fields(Map<?, ?> map, String where) {
        this.map = map;
        this.where = where;
    }

    static Fields of(Object value, String where) {
        if (!(value instanceof Map<?, ?> m)) {
            throw new RecountFileException(where + " moet een JSON-object zijn");
        }
        return new Fields(m, where);
    }

    private Object present(String name) {
        if (!map.containsKey(name)) {
            throw new RecountFileException(where + ": veld \"" + name + "\" ontbreekt");
        }
        return map.get(name);
    }

    private RecountFileException wrong(String name, String what) {
        return new RecountFileException(where + ": veld \"" + name + "\" moet " + what + " zijn");
    }

    String text(String name) {
        if (present(name) instanceof String s) {
            return s;
        }
        throw wrong(name, "een tekst");
    }

    String nullableText(String name) {
        Object v = present(name);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw wrong(name, "een tekst of null");
    }

    long number(String name) {
        if (present(name) instanceof Long l) {
            return l;
        }
        throw wrong(name, "een geheel getal");
    }

    int integer(String name) {
        long v = number(name);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw wrong(name, "een kleiner getal");
        }
        return (int) v;
    }

    Long nullableNumber(String name) {
        Object v = present(name);
        if (v == null || v instanceof Long) {
            return (Long) v;
        }
        throw wrong(name, "een geheel getal of null");
    }

    boolean bool(String name) {
        if (present(name) instanceof Boolean b) {
            return b;
        }
        throw wrong(name, "true of false");
    }

    /** Money is written as a decimal string ("25000", "1250.50") so no reader rounds it through a double. */
    BigDecimal decimal(String name) {
        try {
            return new BigDecimal(text(name));
        } catch (NumberFormatException e) {
            throw wrong(name, "een bedrag als tekst (zoals \"1250.50\")");
        }
    }

    Instant instant(String name) {
        try {
            return Instant.parse(text(name));
        } catch (DateTimeParseException e) {
            throw wrong(name, "een tijdstip (ISO-8601, zoals \"2025-05-01T12:00:00Z\")");
        }
    }

    Fields object(String name) {
        return of(present(name), where + "." + name);
    }

    Fields nullableObject(String name) {
        Object v = present(name);
        return v == null ? null : of(v, where + "." + name);
    }

    List<Fields> objects(String name) {
        if (!(present(name) instanceof List<?> list)) {
            throw wrong(name, "een lijst");
        }
        List<Fields> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(of(list.get(i), where + "." + name + "[" + i + "]"));
        }
        return out;
    }

    List<String> texts(String name) {
        if (!(present(name) instanceof List<?> list)) {
            throw wrong(name, "een lijst");
        }
        List<String> out = new ArrayList<>();
        for (Object v : list) {
            if (!(v instanceof String s)) {
                throw wrong(name, "een lijst van teksten");
            }
            out.add(s);
        }
        return out;
    }

    String where() {
        return where;
    }
}
