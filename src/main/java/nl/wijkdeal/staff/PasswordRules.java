package nl.wijkdeal.staff;

import java.util.Locale;
import java.util.Optional;

/**
 * What a new staff password must be. Length over complexity (NIST SP 800-63B): at least 12
 * characters, no composition rules, not the e-mail address itself.
 */
public final class PasswordRules {

    public enum Reason {
        EMPTY, TOO_SHORT, TOO_LONG, SAME_AS_EMAIL, REPEAT_DIFFERS
    }

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private PasswordRules() {
    }

    public static Optional<Reason> check(String password, String repeat, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Reason.EMPTY);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Reason.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Reason.TOO_LONG);
        }
        if (email != null && password.strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Reason.SAME_AS_EMAIL);
        }
        if (!password.equals(repeat)) {
            return Optional.of(Reason.REPEAT_DIFFERS);
        }
        return Optional.empty();
    }
}
