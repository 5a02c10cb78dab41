package nl.wijkdeal.tally.pabulib;

/**
 * A Pabulib file that cannot be read. The message is Dutch (B1), names the line and says what is
 * wrong, e.g. {@code regel 17: kosten 'abc' is geen getal}; it is safe to show to a user as is.
 */
public final class PabulibException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String problem;

    PabulibException(int line, String problem) {
        super(line > 0 ? "regel " + line + ": " + problem : problem);
        this.line = line;
        this.problem = problem;
    }

    /** The 1-based line number where the problem is, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** What is wrong, without the line number. */
    public String problem() {
        return problem;
    }
}
