package nl.wijkdeal.tally;

import java.util.Arrays;
import java.util.Optional;

/** A choice with a stable name for the command line, JSON and Pabulib (e.g. "add1-then-greedy"). */
interface Keyed {

    String key();

    /** The constant of {@code values} named {@code key}, if any: one lookup for every such enum. */
    static <E extends Keyed> Optional<E> byKey(E[] values, String key) {
        return Arrays.stream(values).filter(v -> v.key().equals(key)).findFirst();
    }
}
