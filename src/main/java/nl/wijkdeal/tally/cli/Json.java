package nl.wijkdeal.tally.cli;

import nl.wijkdeal.kernel.JsonText;
import java.util.List;

/** The few bits of JSON the command line writes; kept by hand so the tally needs no library. */
final class Json {

    private final StringBuilder out = new StringBuilder();
    private boolean first = true;

    Json() {
        out.append('{');
    }

    Json field(String name, String value) {
        return raw(name, value == null ? "null" : quote(value));
    }

    Json field(String name, long value) {
        return raw(name, Long.toString(value));
    }

    Json field(String name, boolean value) {
        return raw(name, Boolean.toString(value));
    }

    Json strings(String name, List<String> values) {
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            list.append(i > 0 ? "," : "").append(quote(values.get(i)));
        }
        return raw(name, list.append(']').toString());
    }

    Json objects(String name, List<Json> values) {
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            list.append(i > 0 ? "," : "").append(values.get(i));
        }
        return raw(name, list.append(']').toString());
    }

    Json raw(String name, String json) {
        out.append(first ? "" : ",").append(quote(name)).append(':').append(json);
        first = false;
        return this;
    }

    @Override
    public String toString() {
        return out + "}";
    }

    static String quote(String s) {
        return JsonText.quote(s);
    }
}
