package nl.wijkdeal.result;

import nl.wijkdeal.web.FormData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The adoption form as posted: which computed plans will not be carried out ({@code afwijken},
 * one checkbox per plan) with a reason each ({@code reden-<plan>}), and a note. Kept whole so a
 * refused form comes back as it was typed.
 */
record AdoptionForm(Set<String> deviating, Map<String, String> reasons, String note, Map<String, String> errors) {

    static AdoptionForm empty() {
        return new AdoptionForm(Set.of(), Map.of(), "", Map.of());
    }

    static AdoptionForm read(FormData form) {
        Set<String> deviating = new TreeSet<>();
        for (String planId : form.all("afwijken")) {
            if (planId.matches("[0-9]{1,18}")) {
                deviating.add(planId);
            }
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        form.fields().forEach((name, values) -> {
            if (name.matches("reden-[0-9]{1,18}") && !values.isEmpty()) {
                reasons.put(name.substring("reden-".length()), values.get(0));
            }
        });
        return new AdoptionForm(deviating, reasons, form.text("toelichting"), Map.of());
    }

    /** Plan id -> reason, for the plans ticked (a reason typed for an unticked plan is no deviation). */
    Map<String, String> deviations() {
        Map<String, String> out = new LinkedHashMap<>();
        deviating.forEach(planId -> out.put(planId, reasons.getOrDefault(planId, "")));
        return out;
    }

    AdoptionForm withProblems(List<ResultRules.Problem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(problem -> errors.put(problem.planId().isEmpty() ? "toelichting" : problem.planId(),
                "result.adopt.error." + problem.kind().name()));
        return new AdoptionForm(deviating, reasons, note, errors);
    }

    boolean ticked(long planId) {
        return deviating.contains(Long.toString(planId));
    }

    String reason(long planId) {
        return reasons.getOrDefault(Long.toString(planId), "");
    }

    String error(long planId) {
        return errors.get(Long.toString(planId));
    }
}
