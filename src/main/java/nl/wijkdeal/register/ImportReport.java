package nl.wijkdeal.register;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * What an import did, kept with the import and shown to the gebiedsteam. Counts and line numbers
 * only: a rejected row's content is not repeated anywhere.
 *
 * @param eligible   per wijk (CBS code): the residents in the register after this import
 * @param added      entries new in this import
 * @param removed    entries of an earlier import that are no longer in the file and cannot vote now
 * @param rejected   per reason, how many rows were left out
 * @param examples   the first rejected rows (line and reason), at most {@link #MAX_EXAMPLES}
 * @param problem    for a failed import: why, as a message key; otherwise null
 */
@Serdeable
record ImportReport(Map<String, Integer> eligible, int added, int removed, Map<String, Integer> rejected,
                    List<Rejection> examples, String problem) {

    static final int MAX_EXAMPLES = 500;

    /** Serde leaves empty maps and lists out of the JSON; they read back as null. */
    ImportReport {
        eligible = eligible == null ? Map.of() : eligible;
        rejected = rejected == null ? Map.of() : rejected;
        examples = examples == null ? List.of() : examples;
    }

    @Serdeable
    record Rejection(long line, String reason) {
    }

    static ImportReport failed(String problem) {
        return new ImportReport(Map.of(), 0, 0, Map.of(), List.of(), problem);
    }

    int totalEligible() {
        return eligible.values().stream().mapToInt(Integer::intValue).sum();
    }

    int totalRejected() {
        return rejected.values().stream().mapToInt(Integer::intValue).sum();
    }
}
