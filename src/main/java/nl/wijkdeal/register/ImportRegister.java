package nl.wijkdeal.register;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.area.Neighbourhood;
import nl.wijkdeal.area.PostcodeRange;
import nl.wijkdeal.audit.AuditLog;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.staff.Staff;
import io.micronaut.transaction.TransactionOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;

/**
 * Reads a register file into a round: every eligible resident becomes a keyed hash, a wijk and a
 * status; names, addresses and birth dates are read and forgotten. All or nothing: the rows are
 * loaded and merged in one transaction, so a failure halfway leaves the register as it was.
 * The file is checked (encoding, columns) while the gebiedsteam waits; its rows are read in the
 * background while a progress page shows how far it got.
 */
@Singleton
class ImportRegister {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRegister.class);
    /** Until the count: a corrected file may still come in while residents vote. */
    static final Set<Phase> OPEN = EnumSet.of(Phase.PREPARATION, Phase.IDEAS, Phase.CO_CREATION, Phase.REVIEW, Phase.VOTING);
    private static final int PROGRESS_EVERY = 10_000;

    /** Either the import that started, or why the file was refused (a message key and its columns). */
    record Started(Long importId, String problem, List<String> columns) {
        boolean ok() {
            return importId != null;
        }
    }

    private final RegisterStore store;
    private final RegisterKeys keys;
    private final AreaDirectory areas;
    private final AuditLog audit;
    private final TransactionOperations<Connection> transactions;
    private final ExecutorService background;
    private final Clock clock;

    ImportRegister(RegisterStore store, RegisterKeys keys, AreaDirectory areas, AuditLog audit,
                   TransactionOperations<Connection> transactions,
                   @Named(TaskExecutors.BLOCKING) ExecutorService background, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.areas = areas;
        this.audit = audit;
        this.transactions = transactions;
        this.background = background;
        this.clock = clock;
    }

    Started start(Staff staff, Round round, byte[] bytes) {
        if (!OPEN.contains(round.phase())) {
            return new Started(null, "register.error.closed", List.of());
        }
        RegisterFile file;
        try {
            file = RegisterFile.open(bytes);
        } catch (RegisterFile.Refused refused) {
            return new Started(null, "register.error.file." + refused.problem().name(), refused.columns());
        }
        long importId = store.startImport(round.id(), staff.id(), file.estimatedRows(), clock.instant());
        background.execute(() -> run(importId, staff, round, file));
        return new Started(importId, null, List.of());
    }

    /** Reads the whole file in this thread and records the outcome with the import. */
    ImportReport run(long importId, Staff staff, Round round, RegisterFile file) {
        int[] rowsRead = {0};
        try {
            ImportReport report = transactions.executeWrite(status -> apply(importId, staff, round, file, rowsRead));
            store.finish(importId, RegisterStore.ImportState.DONE, rowsRead[0], report, clock.instant());
            return report;
        } catch (RegisterFile.Unreadable e) {
            return fail(importId, rowsRead[0], "register.error.file.UNREADABLE");
        } catch (RuntimeException e) {
            LOG.error("Register import {} of round {} failed", importId, round.id(), e);
            return fail(importId, rowsRead[0], "register.error.failed");
        }
    }

    private ImportReport fail(long importId, int rowsRead, String problem) {
        ImportReport report = ImportReport.failed(problem);
        store.finish(importId, RegisterStore.ImportState.FAILED, rowsRead, report, clock.instant());
        return report;
    }

    private ImportReport apply(long importId, Staff staff, Round round, RegisterFile file, int[] rowsRead) {
        long started = System.nanoTime();
        store.lockRound(round.id());
        Map<Integer, String> wijkOfPc4 = wijkenByPc4(round);
        Set<String> roundWijken = round.settings().budgets().keySet();
        LocalDate firstVotingDay = round.settings().startOf(Phase.VOTING);
        int minimumAge = round.settings().minimumAge();
        Set<ByteBuffer> seen = new HashSet<>();
        Map<String, Integer> eligible = new TreeMap<>();
        Map<String, Integer> rejected = new TreeMap<>();
        List<ImportReport.Rejection> examples = new ArrayList<>();
        RegisterStore.Loader loader = store.load();
        try {
            file.forEachLine(line -> {
                RegisterFile.RowProblem problem = line.problem();
                byte[] hash = null;
                String wijk = null;
                if (line.ok()) {
                    Resident resident = line.resident();
                    wijk = wijkOfPc4.get(resident.pc4());
                    problem = switch (EligibilityPolicy.check(Optional.ofNullable(wijk), roundWijken, resident.birthDate(),
                            firstVotingDay, minimumAge)) {
                        case ELIGIBLE -> null;
                        case OUTSIDE_ROUND -> RegisterFile.RowProblem.OUTSIDE_ROUND;
                        case TOO_YOUNG -> RegisterFile.RowProblem.TOO_YOUNG;
                    };
                    if (problem == null) {
                        hash = keys.identity(round.id(), resident);
                        if (!seen.add(ByteBuffer.wrap(hash))) {
                            problem = RegisterFile.RowProblem.DUPLICATE;
                        }
                    }
                }
                if (problem == null) {
                    loader.add(hash, wijk);
                    eligible.merge(wijk, 1, Integer::sum);
                } else {
                    rejected.merge(problem.name(), 1, Integer::sum);
                    if (examples.size() < ImportReport.MAX_EXAMPLES) {
                        examples.add(new ImportReport.Rejection(line.number(), problem.name()));
                    }
                }
                if (++rowsRead[0] % PROGRESS_EVERY == 0) {
                    store.progress(importId, rowsRead[0], clock.instant());
                }
            });
        } catch (RuntimeException e) {
            // An unclosed quote deep in the file: the COPY must end before the transaction can roll back.
            try {
                loader.cancel();
            } catch (RuntimeException cancelFailed) {
                e.addSuppressed(cancelFailed);
            }
            throw e;
        }
        loader.end();
        long read = System.nanoTime();
        RegisterStore.Merge merge = store.merge(round.id());
        LOG.info("Register import {} of round {}: {} rows read and loaded in {} ms, merged in {} ms", importId, round.id(),
                rowsRead[0], (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        ImportReport report = new ImportReport(eligible, merge.added(), merge.removed(), rejected, examples, null);
        audit.append(staff.asActor(), round.areaCode(), "register.imported", "round:" + round.id(), Map.of(
                "eligible", String.valueOf(report.totalEligible()), "rejected", String.valueOf(report.totalRejected()),
                "added", String.valueOf(merge.added()), "removed", String.valueOf(merge.removed())));
        return report;
    }

    /** The PC4 postcodes of the round's wijken; a postcode lies in one wijk at most (database constraint). */
    private Map<Integer, String> wijkenByPc4(Round round) {
        Set<String> wijken = round.settings().budgets().keySet();
        Map<Integer, String> byPc4 = new HashMap<>();
        for (Neighbourhood wijk : areas.area(round.areaCode()).orElseThrow().neighbourhoods()) {
            if (wijken.contains(wijk.cbsCode())) {
                for (PostcodeRange range : wijk.postcodes()) {
                    for (int pc4 = range.first(); pc4 <= range.last(); pc4++) {
                        byPc4.put(pc4, wijk.cbsCode());
                    }
                }
            }
        }
        return byPc4;
    }
}
