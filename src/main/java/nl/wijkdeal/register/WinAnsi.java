package nl.wijkdeal.register;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.Map;

/**
 * Text the built-in PDF fonts can print. Helvetica and Courier carry WinAnsi (cp1252), which has
 * every letter of Dutch and of most names in the BRP ("Çelik", "Øvergaard", "Müller"). What
 * falls outside is replaced by its base letter ("ő" to "o", "ł" to "l") so that a letter still
 * reaches the right door; only what has no Latin base at all becomes "?". The mailing house's file
 * keeps the full name in UTF-8.
 */
final class WinAnsi {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    // Latin letters that Unicode does not decompose into a base letter and a mark.
    private static final Map<Integer, String> NO_DECOMPOSITION = Map.ofEntries(
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"),
            Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "D"),
            Map.entry((int) 'ı', "i"), Map.entry((int) 'ħ', "h"), Map.entry((int) 'Ħ', "H"),
            Map.entry((int) 'ŧ', "t"), Map.entry((int) 'Ŧ', "T"),
            Map.entry((int) 'ə', "e"), Map.entry((int) 'Ə', "E"),
            Map.entry((int) 'ŋ', "ng"), Map.entry((int) 'Ŋ', "NG"),
            Map.entry((int) 'ĳ', "ij"), Map.entry((int) 'Ĳ', "IJ"),
            Map.entry((int) 'ʼ', "'"), Map.entry((int) '‐', "-"), Map.entry((int) '‑', "-"));

    private WinAnsi() {
    }

    static String printable(String text) {
        CharsetEncoder encoder = CP1252.newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                out.append(' ');
            } else if (Character.charCount(c) == 1 && encoder.canEncode((char) c)) {
                out.append((char) c);
            } else if (NO_DECOMPOSITION.containsKey(c)) {
                out.append(NO_DECOMPOSITION.get(c));
            } else {
                out.append(base(c, encoder));
            }
        });
        return out.toString();
    }

    private static String base(int c, CharsetEncoder encoder) {
        String decomposed = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD);
        // The first char of a decomposition is the base letter; the rest are combining marks.
        if (decomposed.length() > 1 && encoder.canEncode(decomposed.charAt(0)) && Character.isLetter(decomposed.charAt(0))) {
            return String.valueOf(decomposed.charAt(0));
        }
        return "?";
    }
}
