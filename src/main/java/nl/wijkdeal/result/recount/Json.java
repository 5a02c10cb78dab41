package nl.wijkdeal.result.recount;

import nl.wijkdeal.kernel.JsonText;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the published files, by hand: this package must stay free of frameworks (it is the part
 * a resident or researcher reruns), and the output must be byte-for-byte the same for the same data,
 * because its SHA-256 goes into the signed manifest. Values are {@link Map} (kept in insertion order),
 * {@link List}, {@link String}, {@link Long}, {@link BigDecimal}, {@link Boolean} or {@code null}.
 */
final class Json {

    private Json() {
    }

    /** Two-space indented, LF line ends, a final LF: readable in a browser and stable in a diff. */
    static byte[] write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Object value, StringBuilder out, String indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            quote(s, out);
        } else if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
            out.append(value);
        } else if (value instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            String inner = indent + "  ";
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(inner);
                quote((String) e.getKey(), out);
                out.append(": ");
                write(e.getValue(), out, inner);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            boolean flat = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
            if (flat) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i > 0 ? ", " : "");
                    write(list.get(i), out, indent);
                }
                out.append(']');
                return;
            }
            out.append("[\n");
            String inner = indent + "  ";
            for (int i = 0; i < list.size(); i++) {
                out.append(inner);
                write(list.get(i), out, inner);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else {
            throw new IllegalArgumentException("no JSON for " + value.getClass());
        }
    }

    private static void quote(String s, StringBuilder q) {
        q.append(JsonText.quote(s));
    }

    /** Reads one JSON value; numbers without fraction or exponent become {@link Long}, others {@link BigDecimal}. */
    static Object parse(byte[] bytes, String file) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Parser p = new Parser(text, file);
        p.space();
        Object value = p.value(0);
        p.space();
        if (p.pos < text.length()) {
            throw p.error("na het einde van de JSON staat nog tekst");
        }
        return value;
    }

    private static final class Parser {
        // Deep nesting is never honest in our files; the limit keeps a hostile file from overflowing the stack.
        private static final int MAX_DEPTH = 64;
        private final String s;
        private final String file;
        private int pos;

        Parser(String s, String file) {
            this.s = s;
            this.file = file;
        }

        RecountFileException error(String message) {
            int line = 1;
            for (int i = 0; i < Math.min(pos, s.length()); i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                }
            }
            return new RecountFileException(file + ": geen geldige JSON (regel " + line + "): " + message);
        }

        void space() {
            while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
        }

        Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw error("te diep genest");
            }
            if (pos >= s.length()) {
                throw error("het bestand houdt te vroeg op");
            }
            char c = s.charAt(pos);
            return switch (c) {
                case '{' -> object(depth);
                case '[' -> array(depth);
                case '"' -> string();
                case 't' -> word("true", Boolean.TRUE);
                case 'f' -> word("false", Boolean.FALSE);
                case 'n' -> word("null", null);
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        yield number();
                    }
                    throw error("onverwacht teken '" + c + "'");
                }
            };
        }

        private Object word(String word, Object value) {
            if (!s.startsWith(word, pos)) {
                throw error("onverwachte tekst");
            }
            pos += word.length();
            return value;
        }

        private Map<String, Object> object(int depth) {
            Map<String, Object> map = new LinkedHashMap<>();
            pos++;
            space();
            if (peek('}')) {
                pos++;
                return map;
            }
            while (true) {
                space();
                if (!peek('"')) {
                    throw error("hier hoort een naam tussen aanhalingstekens");
                }
                String key = string();
                space();
                expect(':');
                space();
                if (map.containsKey(key)) {
                    throw error("de naam \"" + key + "\" staat er twee keer");
                }
                map.put(key, value(depth + 1));
                space();
                if (peek(',')) {
                    pos++;
                    continue;
                }
                expect('}');
                return map;
            }
        }

        private List<Object> array(int depth) {
            List<Object> list = new ArrayList<>();
            pos++;
            space();
            if (peek(']')) {
                pos++;
                return list;
            }
            while (true) {
                space();
                list.add(value(depth + 1));
                space();
                if (peek(',')) {
                    pos++;
                    continue;
                }
                expect(']');
                return list;
            }
        }

        private String string() {
            pos++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw error("een tekst tussen aanhalingstekens houdt niet op");
                }
                char c = s.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw error("een regelovergang of stuurteken in een tekst");
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (pos >= s.length()) {
                    throw error("een tekst houdt op na \\");
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (pos + 4 > s.length()) {
                            throw error("onvolledige \\u");
                        }
                        try {
                            out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("ongeldige \\u");
                        }
                        pos += 4;
                    }
                    default -> throw error("onbekende \\" + e);
                }
            }
        }

        private Object number() {
            int start = pos;
            if (peek('-')) {
                pos++;
            }
            boolean whole = true;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c >= '0' && c <= '9') {
                    pos++;
                } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
                    whole = false;
                    pos++;
                } else {
                    break;
                }
            }
            String text = s.substring(start, pos);
            try {
                return whole ? (Object) Long.parseLong(text) : new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw error("ongeldig getal " + text);
            }
        }

        private boolean peek(char c) {
            return pos < s.length() && s.charAt(pos) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("hier hoort '" + c + "'");
            }
            pos++;
        }
    }
}
