package nl.wijkdeal.result.recount;

/**
 * A published file (uitslag.json, manifest.json, a bundle) that cannot be read. The message is one
 * Dutch line that names the file and what is wrong, ready for the verify command's output.
 */
public final class RecountFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecountFileException(String message) {
        super(message);
    }

    public RecountFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
