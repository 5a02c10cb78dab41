package nl.wijkdeal.area;

import io.micronaut.serde.annotation.Serdeable;

/** An inclusive range of 4-digit postcodes (PC4), e.g. 9711-9712. */
@Serdeable
public record PostcodeRange(int first, int last) {

    public PostcodeRange {
        if (first < 1000 || last > 9999 || first > last) {
            throw new IllegalArgumentException("not a PC4 range: " + first + "-" + last);
        }
    }

    public boolean contains(int pc4) {
        return first <= pc4 && pc4 <= last;
    }

    /** As written on screens and in the CSV: "9718" or "9711-9712". */
    public String label() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
