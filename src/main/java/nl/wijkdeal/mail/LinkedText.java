package nl.wijkdeal.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text mail body cut into text and links, so the page can make its links clickable while
 * the template escapes every part: nothing in a body can become markup.
 */
final class LinkedText {

    /** @param href the link, or null for plain text */
    record Part(String text, String href) {
    }

    // Up to the first space or angle bracket; closing punctuation of the sentence is not part of it.
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)'\\]]");

    private LinkedText() {
    }

    static List<Part> parts(String text) {
        List<Part> parts = new ArrayList<>();
        Matcher link = LINK.matcher(text);
        int from = 0;
        while (link.find()) {
            if (link.start() > from) {
                parts.add(new Part(text.substring(from, link.start()), null));
            }
            parts.add(new Part(link.group(), link.group()));
            from = link.end();
        }
        if (from < text.length()) {
            parts.add(new Part(text.substring(from), null));
        }
        return parts;
    }
}
