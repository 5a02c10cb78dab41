package nl.wijkdeal.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the plan form says about the photo: nothing, a new (re-encoded) photo, remove the photo, or
 * a refused upload with the message key for beside the field.
 */
record PhotoChoice(PlanPhoto photo, String error, boolean remove) {

    static final PhotoChoice NONE = new PhotoChoice(null, null, false);

    static PhotoChoice refused(String error) {
        return new PhotoChoice(null, error, false);
    }

    boolean refused() {
        return error != null;
    }

    /**
     * The errors of a refused form, plus a reminder when a good photo came with it: a browser never
     * fills in a file field again, so the resident has to choose the photo once more.
     */
    Map<String, String> withReminder(Map<String, String> errors) {
        if (photo == null || errors.containsKey("photo")) {
            return errors;
        }
        Map<String, String> all = new LinkedHashMap<>(errors);
        all.put("photo", "plan.error.photo.again");
        return all;
    }

    /** Whether the plan's photo changes: a new one or none any more. */
    boolean changes() {
        return photo != null || remove;
    }
}
