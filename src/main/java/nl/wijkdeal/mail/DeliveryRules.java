package nl.wijkdeal.mail;

import java.util.Locale;

/**
 * Whether mail goes out over SMTP or is kept for the staff page "Verzonden berichten". A demo must
 * never mail the (made-up or real) addresses typed into it, and an installation without a mail
 * server keeps its mail rather than losing it. {@code wijkdeal.mail.delivery} overrides: {@code smtp}
 * sends even in a demo (for trying a mail server), {@code keep} never sends. Pure.
 */
final class DeliveryRules {

    enum Delivery {
        SMTP, KEEP
    }

    enum Reason {
        SMTP_CONFIGURED, SMTP_REQUESTED, DEMO_MODE, NO_SMTP_HOST, KEEP_REQUESTED,
        /** delivery=smtp without a host: a configuration mistake, the service does not start. */
        SMTP_REQUESTED_WITHOUT_HOST,
        /** delivery is none of auto, smtp, keep. */
        UNKNOWN_SETTING
    }

    record Choice(Delivery delivery, Reason reason) {
        boolean isMistake() {
            return delivery == null;
        }
    }

    private DeliveryRules() {
    }

    /** @param setting wijkdeal.mail.delivery: auto (default), smtp or keep */
    static Choice choose(String setting, boolean demo, boolean smtpHostSet) {
        String value = setting == null || setting.isBlank() ? "auto" : setting.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "keep" -> new Choice(Delivery.KEEP, Reason.KEEP_REQUESTED);
            case "smtp" -> smtpHostSet ? new Choice(Delivery.SMTP, Reason.SMTP_REQUESTED)
                    : new Choice(null, Reason.SMTP_REQUESTED_WITHOUT_HOST);
            case "auto" -> demo ? new Choice(Delivery.KEEP, Reason.DEMO_MODE)
                    : smtpHostSet ? new Choice(Delivery.SMTP, Reason.SMTP_CONFIGURED)
                    : new Choice(Delivery.KEEP, Reason.NO_SMTP_HOST);
            default -> new Choice(null, Reason.UNKNOWN_SETTING);
        };
    }
}
