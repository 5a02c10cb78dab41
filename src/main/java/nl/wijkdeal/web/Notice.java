package nl.wijkdeal.web;

/**
 * The confirmation after a redirect ("?melding=opgeslagen"): the word in the URL picks a message
 * under a page's prefix. Only short lowercase words count, so a URL cannot name any message key.
 */
public final class Notice {

    private Notice() {
    }

    /** @return "{prefix}.{melding}", or null for no notice */
    public static String key(String prefix, String melding) {
        return melding != null && melding.matches("[a-z-]{1,30}") ? prefix + "." + melding : null;
    }
}
