package nl.wijkdeal.kernel;

/** A JSON string literal, for the few places that write JSON by hand (the command lines, the recount files). */
public final class JsonText {

    private JsonText() {
    }

    /**
     * The string quoted and escaped. U+2028 and U+2029 are escaped too: valid JSON, but they end a
     * line in older JavaScript, and the files are read by all sorts of tools.
     */
    public static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
