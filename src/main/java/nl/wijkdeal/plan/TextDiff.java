package nl.wijkdeal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two versions of a text, word by word (longest common subsequence), for the
 * plan's history. Pure. Texts are short (a plan is at most 5,000 characters, ~1,000 words), so the
 * quadratic table is small; longer texts fall back to "all removed, all added".
 */
public final class TextDiff {

    public enum Kind { SAME, ADDED, REMOVED }

    /** A run of words (with their spaces) that stayed, came or went. */
    public record Part(Kind kind, String text) {
    }

    static final int MAX_TOKENS = 2_500;
    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private TextDiff() {
    }

    public static List<Part> of(String before, String after) {
        List<String> a = tokens(before == null ? "" : before);
        List<String> b = tokens(after == null ? "" : after);
        List<Part> parts = new ArrayList<>();
        if (a.size() > MAX_TOKENS || b.size() > MAX_TOKENS) {
            add(parts, Kind.REMOVED, String.join("", a));
            add(parts, Kind.ADDED, String.join("", b));
            return parts;
        }
        // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                add(parts, Kind.SAME, a.get(i++));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                add(parts, Kind.REMOVED, a.get(i++));
            } else {
                add(parts, Kind.ADDED, b.get(j++));
            }
        }
        while (i < a.size()) {
            add(parts, Kind.REMOVED, a.get(i++));
        }
        while (j < b.size()) {
            add(parts, Kind.ADDED, b.get(j++));
        }
        return parts;
    }

    public static boolean changed(List<Part> parts) {
        return parts.stream().anyMatch(p -> p.kind() != Kind.SAME);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Joins with the previous part of the same kind, so the page shows runs, not single words. */
    private static void add(List<Part> parts, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
            Part last = parts.remove(parts.size() - 1);
            parts.add(new Part(kind, last.text() + text));
        } else {
            parts.add(new Part(kind, text));
        }
    }
}
