package nl.wijkdeal.demo;

/**
 * Whether this instance runs as a demo (wijkdeal.demo, "auto" meaning: with the embedded database).
 * Other features ask this instead of reading the setting themselves, e.g. mail is kept, not sent.
 */
public record DemoMode(boolean on) {
}
