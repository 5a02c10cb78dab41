package nl.wijkdeal.result;

import nl.wijkdeal.web.FormData;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** "Publiceren": now, or on a date and time (Dutch time). Kept as typed when refused. */
record PublicationForm(String when, String date, String time, String error) {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    static PublicationForm empty() {
        return new PublicationForm("nu", "", "09:00", null);
    }

    static PublicationForm read(FormData form) {
        String when = "later".equals(form.text("wanneer")) ? "later" : "nu";
        PublicationForm read = new PublicationForm(when, form.text("datum").strip(), form.text("tijd").strip(), null);
        if (when.equals("later") && read.moment() == null) {
            return read.withError("result.publish.error.when");
        }
        return read;
    }

    /** Null for "now", and for a date or time that cannot be read (then {@link #read} set an error). */
    Instant moment() {
        if (!"later".equals(when)) {
            return null;
        }
        try {
            return LocalDate.parse(date).atTime(LocalTime.parse(time.isEmpty() ? "09:00" : time)).atZone(NETHERLANDS).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public boolean later() {
        return "later".equals(when);
    }

    PublicationForm withError(String key) {
        return new PublicationForm(when, date, time, key);
    }
}
