package nl.wijkdeal.plan;

import nl.wijkdeal.area.Area;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.web.FormData;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan form, new or (with the personal link) to change: values as typed, errors beside the
 * fields, the limits in the hints and as maxlength.
 *
 * @param edit   true with the personal edit link; then no name and e-mail fields
 * @param open   whether the round takes plans now; otherwise the page says when it does
 * @param closes the last day plans can be submitted (or changed)
 */
record PlanFormPage(String titleKey, PlanListPage.RoundLine round, long planId, boolean edit, boolean open, LocalDate opens, LocalDate closes,
                    String action, Map<String, String> values, Map<String, String> errors, boolean hasErrors,
                    List<PlanListPage.Option> wijken, List<PlanListPage.Option> themes, String notice, Limits limits,
                    PlanPage.Photo photo) {

    record Limits(int title, int summary, int description, int location, int name, int photoMegabytes) {
        static final Limits ALL = new Limits(PlanFormRules.TITLE_MAX, PlanFormRules.SUMMARY_MAX,
                PlanFormRules.DESCRIPTION_MAX, PlanFormRules.LOCATION_MAX, PlanFormRules.NAME_MAX,
                PhotoRules.MAX_BYTES / (1024 * 1024));
    }

    static final List<String> FIELDS = List.of("title", "summary", "description", "cost", "wijk", "theme", "location",
            "shownName", "email", "formulier", "versie", PlanPages.REMOVE_FIELD);

    static PlanFormPage forNew(Round round, Area area, FormData form, Map<String, String> errors) {
        // A post refused because the phase just ended still shows the form: nothing typed is lost.
        return of(round, area, 0, "/rondes/" + round.id() + "/plannen", form, errors,
                round.phase() == Phase.IDEAS || !errors.isEmpty(),
                round.settings().startOf(Phase.IDEAS), round.settings().lastDayOf(Phase.IDEAS), null, null);
    }

    /** @param photo the plan's photo now, or null */
    static PlanFormPage forEdit(Round round, Area area, Plan plan, String token, FormData form, Map<String, String> errors,
                                String notice, PlanPage.Photo photo) {
        return of(round, area, plan.id(), "/plannen/" + plan.id() + "/bewerken/" + token, form, errors,
                EditPlan.OPEN.contains(round.phase()) || !errors.isEmpty(), round.settings().startOf(Phase.IDEAS),
                round.settings().lastDayOf(Phase.CO_CREATION), notice, photo);
    }

    /** The plan as it is now, as the form shows it. */
    static FormData values(Plan plan) {
        PlanText t = plan.text();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", t.title());
        fields.put("summary", t.summary());
        fields.put("description", t.description());
        fields.put("cost", t.cost().formInput());
        fields.put("wijk", t.wijk());
        fields.put("theme", t.theme() == null ? "" : t.theme());
        fields.put("location", t.location() == null ? "" : t.location());
        fields.put("versie", Integer.toString(plan.version()));
        return FormData.of(fields);
    }

    /** @param planId 0 for a new plan */
    private static PlanFormPage of(Round round, Area area, long planId, String action, FormData form,
                                   Map<String, String> errors, boolean open, LocalDate opens, LocalDate closes,
                                   String notice, PlanPage.Photo photo) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(field -> values.put(field, form.text(field)));
        String wijk = form.text("wijk");
        // One wijk: nothing to choose, it is chosen.
        boolean single = round.settings().budgets().size() == 1;
        List<PlanListPage.Option> wijken = round.settings().budgets().keySet().stream()
                .map(code -> new PlanListPage.Option(code, area.nameOf(code), single || code.equals(wijk))).toList();
        List<PlanListPage.Option> themes = round.text().themes().stream()
                .map(t -> new PlanListPage.Option(t, t, t.equals(form.text("theme")))).toList();
        boolean edit = planId != 0;
        return new PlanFormPage(edit ? "plan.form.title.edit" : "plan.form.title.new", PlanListPage.RoundLine.of(round), planId, edit, open, opens, closes, action, values, errors,
                !errors.isEmpty(), wijken, themes, notice, Limits.ALL, photo);
    }
}
