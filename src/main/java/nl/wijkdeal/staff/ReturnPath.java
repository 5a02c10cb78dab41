package nl.wijkdeal.staff;

import java.util.Optional;

/** Where to go after logging in: only our own staff pages, never another site ("open redirect"). */
final class ReturnPath {

    private ReturnPath() {
    }

    static Optional<String> safe(String path) {
        if (path == null || !path.startsWith("/beheer") || path.contains("//") || path.contains("\\")
                || path.length() > 500 || path.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            return Optional.empty();
        }
        return Optional.of(path);
    }
}
