package nl.wijkdeal.register;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.audit.AuditLog;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.staff.Staff;
import nl.wijkdeal.web.FormData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lost or stolen letter: staff find the resident (by address and date of birth, or by the old
 * code), revoke the code at once and print a new letter to the address the resident gives. The
 * name and address are typed for this one letter and not kept. A resident who voted gets no new code.
 */
@Singleton
class ReplaceCode {

    /** The new letter as PDF, or field -> message key. */
    record Outcome(byte[] pdf, Map<String, String> errors) {
        boolean ok() {
            return pdf != null;
        }
    }

    private final CounterDesk counter;
    private final RegisterStore store;
    private final RegisterKeys keys;
    private final Letters letters;
    private final AuditLog audit;
    private final Clock clock;

    ReplaceCode(CounterDesk counter, RegisterStore store, RegisterKeys keys, Letters letters, AuditLog audit, Clock clock) {
        this.counter = counter;
        this.store = store;
        this.keys = keys;
        this.letters = letters;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Outcome replace(Staff staff, Round round, FormData form) {
        if (!ImportRegister.OPEN.contains(round.phase())) {
            return new Outcome(null, Map.of("zoeken", "register.error.closed"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String name = form.text("naam").strip();
        List<String> address = new ArrayList<>();
        for (String field : List.of("adres1", "adres2", "adres3")) {
            if (!form.text(field).isBlank()) {
                address.add(form.text(field).strip());
            }
        }
        if (name.isEmpty()) {
            errors.put("naam", "register.error.letter.name");
        }
        if (address.isEmpty()) {
            errors.put("adres1", "register.error.letter.address");
        }
        CounterDesk.Lookup lookup = counter.find(round, form);
        errors.putAll(lookup.errors());
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        if (!lookup.found().ok()) {
            return new Outcome(null, Map.of("zoeken", "vote.error." + lookup.found().problem().name()));
        }
        Stemcode code = Stemcode.random();
        if (!store.replaceCode(lookup.found().entry().id(), keys.code(code), LocalDate.now(clock))) {
            return new Outcome(null, Map.of("zoeken", "vote.error.ALREADY_VOTED"));
        }
        audit.append(staff.asActor(), round.areaCode(), "register.code.replaced", "round:" + round.id(),
                Map.of("wijk", lookup.found().entry().wijk()));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            LetterPdf.write(List.of(letters.of(round, lookup.found().entry().wijk(), name, address, code)), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("a letter in memory cannot fail to write", e);
        }
        return new Outcome(pdf.toByteArray(), Map.of());
    }
}
