package nl.wijkdeal.result;

import java.text.BreakIterator;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A horizontal bar chart of the plans' scores as inline SVG, drawn on the server: no JavaScript, no
 * stylesheet of its own (the CSP allows neither inline styles nor scripts), the same text for the same
 * input. One bar per plan, in the order given; each plan's title sits on its own line above its bar so
 * that the bars can use the full width and the chart still reads at 320 px.
 *
 * <p>The page shows the same figures in a table, so the chart is one image for assistive technology:
 * {@code role="img"}, named by its {@code <title>} and {@code <desc>}. Chosen plans differ by more than
 * colour: a striped fill with an outline, a "✓" before the title and a legend in words (WCAG 1.4.1).
 * Every text is escaped here, because the template inlines the result with {{{...}}}.
 *
 * @param idPrefix       unique per page; the ids of title, description and pattern start with it
 * @param title          what the chart shows, e.g. "Stemmen per plan in Oost"
 * @param description    one or two sentences for screen readers, e.g. which plans are chosen
 * @param unit           what the numbers count, shown above the values, e.g. "stemmen"; may be empty
 * @param highlightLabel the legend for highlighted bars, e.g. "Gekozen"
 * @param locale         for the numbers: "1.234" in Dutch, "1,234" in English
 * @param bars           one per plan, in the order to show (place order)
 */
public record BarChart(String idPrefix, String title, String description, String unit, String highlightLabel,
                       Locale locale, List<Bar> bars) {

    /** One plan: its title (user input, any characters), its score, and whether it was chosen. */
    public record Bar(String label, long value, boolean highlighted) {

        public Bar {
            Objects.requireNonNull(label, "label");
            if (value < 0) {
                throw new IllegalArgumentException("a score is never negative: " + value);
            }
        }
    }

    // The drawing is 360 units wide with a 16-unit font: on a 320 px screen (288 px inside the page's
    // padding) the text is still 13 px. The page's stylesheet can cap the width (.bar-chart { max-width })
    // so that the text does not grow huge on a wide screen.
    static final int WIDTH = 360;
    static final int FONT = 16;
    private static final int LEFT = 2;
    private static final int HEADER = 30;
    private static final int ROW = 52;
    private static final int LABEL_BASELINE = 18;
    private static final int BAR_TOP = 24;
    private static final int BAR_HEIGHT = 18;
    private static final int VALUE_BASELINE = BAR_TOP + 15;
    private static final int BOTTOM = 6;
    /** Anything above zero stays visible next to a huge value. */
    private static final int MIN_BAR_TENTHS = 20;

    // Contrast against white: text 17:1; plain bars and tick 4.5:1; chosen bars 8.6:1 (outline and stripes).
    static final String TEXT = "#1a1a1a";
    static final String PLAIN = "#767676";
    static final String CHOSEN = "#0a4b8c";
    static final String CHECK = "\u2713";
    private static final String ELLIPSIS = "\u2026";
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    public BarChart {
        Objects.requireNonNull(idPrefix, "idPrefix");
        if (!ID.matcher(idPrefix).matches()) {
            throw new IllegalArgumentException("idPrefix must be a plain HTML id: " + idPrefix);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(highlightLabel, "highlightLabel");
        Objects.requireNonNull(locale, "locale");
        bars = List.copyOf(bars);
    }

    /** The {@code <svg>} element, ready to be inlined in the page. */
    public String svg() {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        String[] values = new String[bars.size()];
        double widestValue = 0;
        long max = 0;
        for (int i = 0; i < bars.size(); i++) {
            values[i] = numbers.format(bars.get(i).value());
            widestValue = Math.max(widestValue, ems(values[i], false) * FONT);
            max = Math.max(max, bars.get(i).value());
        }
        // Room for the widest value to the right of the longest bar, so no number is ever cut off.
        long barTenths = Math.max(10L * (WIDTH - LEFT) - Math.round((widestValue + 8) * 10), 10L * WIDTH / 4);
        boolean anyHighlighted = bars.stream().anyMatch(Bar::highlighted);
        int height = HEADER + ROW * bars.size() + BOTTOM;

        String titleId = idPrefix + "-title";
        String descId = idPrefix + "-desc";
        String patternId = idPrefix + "-chosen";
        StringBuilder svg = new StringBuilder(512 + 400 * bars.size());
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\" aria-labelledby=\"")
                .append(titleId).append(' ').append(descId).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" font-family=\"system-ui, sans-serif\" font-size=\"")
                .append(FONT).append("\" fill=\"").append(TEXT).append("\">\n");
        svg.append("<title id=\"").append(titleId).append("\">").append(escape(oneLine(title))).append("</title>\n");
        svg.append("<desc id=\"").append(descId).append("\">").append(escape(oneLine(description))).append("</desc>\n");
        if (anyHighlighted) {
            svg.append("<defs><pattern id=\"").append(patternId).append("\" width=\"6\" height=\"6\" ")
                    .append("patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                    .append("<rect width=\"6\" height=\"6\" fill=\"").append(CHOSEN).append("\"/>")
                    .append("<rect width=\"2\" height=\"6\" fill=\"#ffffff\"/></pattern></defs>\n");
        }
        legend(svg, anyHighlighted, patternId);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int top = HEADER + ROW * i;
            long tenths = max == 0 || bar.value() == 0 ? 0
                    : Math.max(MIN_BAR_TENTHS, Math.round((double) bar.value() / max * barTenths));
            String label = oneLine(bar.label());
            svg.append("<g class=\"bar").append(bar.highlighted() ? " bar--chosen" : "").append("\">");
            svg.append("<title>").append(escape(bar.highlighted() ? CHECK + " " + label + " (" + oneLine(highlightLabel) + ")"
                    : label)).append("</title>");
            svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(top + LABEL_BASELINE).append('"')
                    .append(bar.highlighted() ? " font-weight=\"700\">" : ">")
                    .append(escape(fit(bar.highlighted() ? CHECK + " " + label : label, (WIDTH - LEFT) / (double) FONT, bar.highlighted())))
                    .append("</text>");
            // The tick marks where every bar starts, so a zero reads as "no bar" rather than "missing".
            svg.append("<line x1=\"1\" x2=\"1\" y1=\"").append(top + BAR_TOP - 2).append("\" y2=\"")
                    .append(top + BAR_TOP + BAR_HEIGHT + 2).append("\" stroke=\"").append(PLAIN)
                    .append("\" stroke-width=\"2\"/>");
            if (tenths > 0) {
                svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(top + BAR_TOP).append("\" width=\"")
                        .append(units(tenths)).append("\" height=\"").append(BAR_HEIGHT).append('"');
                if (bar.highlighted()) {
                    svg.append(" fill=\"url(#").append(patternId).append(")\" stroke=\"").append(CHOSEN)
                            .append("\" stroke-width=\"2\"/>");
                } else {
                    svg.append(" fill=\"").append(PLAIN).append("\"/>");
                }
            }
            svg.append("<text x=\"").append(units(10L * LEFT + tenths + 60)).append("\" y=\"")
                    .append(top + VALUE_BASELINE).append("\">").append(escape(values[i])).append("</text>");
            svg.append("</g>\n");
        }
        return svg.append("</svg>").toString();
    }

    /** Top line: what the stripes mean (only when there are chosen plans) and, on the right, the unit. */
    private void legend(StringBuilder svg, boolean anyHighlighted, String patternId) {
        double half = (WIDTH / 2.0 - 40) / FONT;
        if (anyHighlighted) {
            svg.append("<g class=\"bar-chart__legend\"><rect x=\"").append(LEFT + 1).append("\" y=\"6\" width=\"24\" ")
                    .append("height=\"15\" fill=\"url(#").append(patternId).append(")\" stroke=\"").append(CHOSEN)
                    .append("\" stroke-width=\"2\"/><text x=\"34\" y=\"19\" font-weight=\"700\">")
                    .append(escape(fit(CHECK + " " + oneLine(highlightLabel), half, true))).append("</text></g>\n");
        }
        String counted = oneLine(unit);
        if (!counted.isEmpty()) {
            svg.append("<text x=\"").append(WIDTH - LEFT).append("\" y=\"19\" text-anchor=\"end\">")
                    .append(escape(fit(counted, anyHighlighted ? half : (WIDTH - 2.0 * LEFT) / FONT, false))).append("</text>\n");
        }
    }

    /** Tenths of a unit as an SVG number: "120", "120.5". */
    private static String units(long tenths) {
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10;
    }

    /**
     * User text on one line and valid in XML: line breaks and other control characters become spaces,
     * runs of spaces one space, and code points XML 1.0 forbids (lone surrogates, U+FFFE, U+FFFF) go.
     */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE || cp == 0xFFFE || cp == 0xFFFF) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** Escaped for both XML text and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The text, cut at a character boundary (never inside an emoji or an accented letter) with "…" when
     * its estimated width passes {@code maxEms}. Without font metrics on the server the estimate leans
     * wide, so a cut title never runs past the edge.
     */
    static String fit(String text, double maxEms, boolean bold) {
        if (ems(text, bold) <= maxEms) {
            return text;
        }
        double room = maxEms - ems(ELLIPSIS, bold);
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int end = 0;
        double used = 0;
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            if (next < text.length() && joined(text, next)) {
                continue;
            }
            used += ems(text.substring(end, next), bold);
            if (used > room) {
                break;
            }
            end = next;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /**
     * Whether {@code at} lies inside one emoji that Java 17's character breaks still split: a ZWJ
     * sequence (family), a skin tone, a variation selector, a tag sequence, or the second half of a flag.
     */
    private static boolean joined(String text, int at) {
        int before = text.codePointBefore(at);
        int after = text.codePointAt(at);
        if (before == 0x200D || after == 0x200D || after >= 0xFE00 && after <= 0xFE0F
                || after >= 0x1F3FB && after <= 0x1F3FF || after >= 0xE0020 && after <= 0xE007F) {
            return true;
        }
        if (!regional(before) || !regional(after)) {
            return false;
        }
        int run = 0;
        for (int i = at; i > 0 && regional(text.codePointBefore(i)); i -= Character.charCount(text.codePointBefore(i))) {
            run++;
        }
        return run % 2 == 1;
    }

    private static boolean regional(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    /**
     * Estimated width in ems. The figures are those of DejaVu Sans Bold, rounded up: the widest of the
     * common sans-serif fonts (Linux's system-ui), so narrower fonts only leave a little room.
     */
    static double ems(String text, boolean bold) {
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            width += ems(cp);
        }
        return bold ? width : width * 0.92;
    }

    private static double ems(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        if (" .,:;'|!ijlI()[]\u2019".indexOf(cp) >= 0) {
            return 0.38;
        }
        if ("tfr".indexOf(cp) >= 0) {
            return 0.5;
        }
        if (cp >= '0' && cp <= '9') {
            return 0.7;
        }
        if ("MWmw@%\u2026".indexOf(cp) >= 0) {
            return 1.0;
        }
        if (cp >= 0x2E80 || Character.isSupplementaryCodePoint(cp)) {
            return 1.15; // CJK, emoji and the like are a full em or more
        }
        if (cp >= 0x2000 && !Character.isLetter(cp)) {
            return 1.0; // symbols such as the check mark
        }
        return Character.isUpperCase(cp) ? 0.8 : 0.7;
    }
}
