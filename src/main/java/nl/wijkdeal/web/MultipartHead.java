package nl.wijkdeal.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads one text field from the beginning of a multipart/form-data body (RFC 7578), without the
 * rest of the body: enough for the CSRF token, which our forms send first. Pure and lenient only in
 * what cannot matter: a field is found only when its part is complete within the bytes given.
 */
final class MultipartHead {

    private MultipartHead() {
    }

    /** @return the first value of the text field {@code name} (not a file), or null */
    static String field(byte[] head, String boundary, String name) {
        // ISO-8859-1 maps each byte to one char, so positions in the text are positions in the bytes.
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        Pattern wanted = Pattern.compile("(?m)^content-disposition:\\s*form-data\\s*(;[^\\r\\n]*)?;\\s*name=\"" + Pattern.quote(
                name.toLowerCase(Locale.ROOT)) + "\"\\s*(;[^\\r\\n]*)?$");
        int at = text.startsWith(delimiter) ? 0 : text.indexOf("\r\n" + delimiter);
        if (at > 0) {
            at += 2;
        }
        while (at >= 0) {
            int headersStart = at + delimiter.length();
            if (text.startsWith("--", headersStart) || !text.startsWith("\r\n", headersStart)) {
                return null; // the closing delimiter, or not a delimiter line at all
            }
            int headersEnd = text.indexOf("\r\n\r\n", headersStart);
            if (headersEnd < 0) {
                return null;
            }
            int valueStart = headersEnd + 4;
            int next = text.indexOf("\r\n" + delimiter, valueStart);
            if (next < 0) {
                return null; // this part goes on beyond what was read
            }
            String headers = text.substring(headersStart + 2, headersEnd).toLowerCase(Locale.ROOT);
            if (wanted.matcher(headers).find() && !headers.contains("filename")) {
                return new String(head, valueStart, next - valueStart, StandardCharsets.UTF_8);
            }
            at = next + 2;
        }
        return null;
    }
}
