package nl.wijkdeal.register;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.wijkdeal.audit.AuditLog;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.staff.Staff;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives residents their stemcodes: for every row of the register file (the same file as the import;
 * its names and addresses are needed for the envelopes) whose resident can vote, a new random code,
 * stored as a keyed hash, and a letter. The plain codes exist only in the zip this returns (letters
 * as PDF and a CSV for a mailing house), written to a temporary file readable by the service alone
 * and deleted as soon as it has been sent. The codes are stored only if the zip was written whole.
 */
@Singleton
class IssueLetters {

    /** Who gets a letter: residents without a code yet, or everyone who has not voted (their old codes stop). */
    enum Who {
        WITHOUT_CODE, EVERYONE
    }

    /**
     * The zip and the number of letters in it; or the message key of the problem.
     *
     * @param skipped rows of the file whose resident is not (or no longer) in the register, or voted
     */
    record Outcome(Path zip, int letters, int skipped, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private final RegisterStore store;
    private final RegisterKeys keys;
    private final Letters letters;
    private final AuditLog audit;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    IssueLetters(RegisterStore store, RegisterKeys keys, Letters letters, AuditLog audit,
                 TransactionOperations<Connection> transactions, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.letters = letters;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    Outcome issue(Staff staff, Round round, byte[] bytes, Who who, Optional<String> onlyWijk) {
        if (!ImportRegister.OPEN.contains(round.phase())) {
            return new Outcome(null, 0, 0, "register.error.closed");
        }
        RegisterFile file;
        try {
            file = RegisterFile.open(bytes);
        } catch (RegisterFile.Refused refused) {
            return new Outcome(null, 0, 0, "register.error.file." + refused.problem().name());
        }
        if (!file.hasLetterColumns()) {
            return new Outcome(null, 0, 0, "register.error.letters.columns");
        }
        Path[] zip = {null};
        try {
            return transactions.executeWrite(status -> issue(staff, round, file, who, onlyWijk, zip));
        } catch (RegisterFile.Unreadable e) {
            deleteQuietly(zip[0]);
            return new Outcome(null, 0, 0, "register.error.file.UNREADABLE");
        } catch (RuntimeException e) {
            // The codes rolled back: the letters in the zip would not work, so nobody may see them.
            deleteQuietly(zip[0]);
            throw e;
        }
    }

    private Outcome issue(Staff staff, Round round, RegisterFile file, Who who, Optional<String> onlyWijk, Path[] zip) {
        store.lockRound(round.id());
        LocalDate today = LocalDate.now(clock);
        List<Letter> made = new ArrayList<>();
        int[] skipped = {0};
        file.forEachLine(line -> {
            Optional<RegisterStore.Entry> entry = line.ok()
                    ? store.entry(round.id(), keys.identity(round.id(), line.resident())) : Optional.empty();
            if (entry.isEmpty() || entry.get().status() != RegisterStore.Status.ELIGIBLE
                    || onlyWijk.filter(wijk -> !wijk.equals(entry.get().wijk())).isPresent()) {
                skipped[0]++;
                return;
            }
            if (who == Who.WITHOUT_CODE && store.hasLiveCode(entry.get().id())) {
                return;
            }
            Stemcode code = Stemcode.random();
            store.replaceCode(entry.get().id(), keys.code(code), today);
            made.add(letters.of(round, entry.get().wijk(), line.name(), line.address(), code));
        });
        if (made.isEmpty()) {
            return new Outcome(null, 0, skipped[0], "register.error.letters.none");
        }
        zip[0] = writeZip(made);
        audit.append(staff.asActor(), round.areaCode(), "register.letters", "round:" + round.id(), Map.of(
                "letters", String.valueOf(made.size()), "who", who.name(), "wijk", onlyWijk.orElse("alle")));
        return new Outcome(zip[0], made.size(), skipped[0], null);
    }

    /** Owner-only permissions: the file holds plain codes until it is sent and deleted. */
    private static Path writeZip(List<Letter> made) {
        Path zip = null;
        try {
            zip = Files.createTempFile("wijkdeal-brieven-", ".zip",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(zip)) {
                LetterBundle.write(made, out);
            }
            return zip;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(zip);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans /tmp too
            }
        }
    }
}
