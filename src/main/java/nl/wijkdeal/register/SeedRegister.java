package nl.wijkdeal.register;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.area.Neighbourhood;
import nl.wijkdeal.area.PostcodeRange;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.staff.Staff;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A synthetic register for demo rounds: made-up residents at made-up addresses in the round's
 * wijken, imported the same way as a real file, each with a code whose plain text is thrown away
 * (as if the letters went out). A few known residents get known codes, listed in the README, so a
 * demo can vote with a code or with an address.
 */
@Singleton
public class SeedRegister {

    /** A documented demo resident; {@code code} null: no letter, only the address route. */
    public record KnownResident(String postcode, String houseNumber, LocalDate birthDate, String code) {
    }

    private static final String[] STREETS = {"Helperzoom", "Verlengde Lodewijkstraat", "Van Lenneplaan", "Parkweg",
            "Oosterhamrikkade", "Laan Corpus den Hoorn", "Zonnelaan", "Vondellaan"};

    private final ImportRegister importRegister;
    private final RegisterStore store;
    private final RegisterKeys keys;
    private final AreaDirectory areas;
    private final Clock clock;

    SeedRegister(ImportRegister importRegister, RegisterStore store, RegisterKeys keys, AreaDirectory areas, Clock clock) {
        this.importRegister = importRegister;
        this.store = store;
        this.keys = keys;
        this.areas = areas;
        this.clock = clock;
    }

    /** @return how many residents the register holds */
    public int seed(Staff by, Round round, int perWijk, long seed, List<KnownResident> known) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("postcode;huisnummer;huisletter;toevoeging;geboortedatum;naam;adresregel1;adresregel2\n");
        for (KnownResident resident : known) {
            csv.append(resident.postcode()).append(';').append(resident.houseNumber()).append(";;;")
                    .append(resident.birthDate()).append(";Demo Bewoner;Demostraat 1;").append(resident.postcode()).append(" Groningen\n");
        }
        for (Neighbourhood wijk : areas.area(round.areaCode()).orElseThrow().neighbourhoods()) {
            if (!round.settings().budgets().containsKey(wijk.cbsCode()) || wijk.postcodes().isEmpty()) {
                continue;
            }
            for (int i = 0; i < perWijk; i++) {
                PostcodeRange range = wijk.postcodes().get(random.nextInt(wijk.postcodes().size()));
                int pc4 = range.first() + random.nextInt(range.last() - range.first() + 1);
                String postcode = pc4 + "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
                int number = 1 + random.nextInt(250);
                LocalDate born = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(365 * 85));
                csv.append(postcode).append(';').append(number).append(';').append(random.nextInt(8) == 0 ? "A" : "")
                        .append(";;").append(born).append(";Bewoner ").append(i + 1).append(';')
                        .append(STREETS[random.nextInt(STREETS.length)]).append(' ').append(number).append(';')
                        .append(postcode, 0, 4).append(' ').append(postcode, 4, 6).append(" Groningen\n");
            }
        }
        RegisterFile file;
        try {
            file = RegisterFile.open(csv.toString().getBytes(StandardCharsets.UTF_8));
        } catch (RegisterFile.Refused e) {
            throw new IllegalStateException("the demo register is malformed: " + e.problem(), e);
        }
        long importId = store.startImport(round.id(), by.id(), file.estimatedRows(), clock.instant());
        ImportReport report = importRegister.run(importId, by, round, file);
        giveCodes(round, known);
        return report.totalEligible();
    }

    /**
     * Demo only: up to {@code count} eligible residents of a wijk have voted, without a ballot of
     * their own. Mandatory transaction: the caller stores as many ballots in the same one, so the
     * register and the ballot box never disagree ({@code nl.wijkdeal.ballot.SeedBallots}).
     *
     * @return how many entries turned VOTED (fewer than {@code count} when the wijk has fewer left)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int markVoted(Round round, String wijk, int count) {
        return store.markVoted(round.id(), wijk, count);
    }

    /** Known residents get their known codes; everyone else a random one nobody will ever see. */
    private void giveCodes(Round round, List<KnownResident> known) {
        LocalDate today = LocalDate.now(clock);
        for (KnownResident resident : known) {
            if (resident.code() == null) {
                continue;
            }
            Resident parsed = new Resident(ResidentRules.postcode(resident.postcode()).orElseThrow(),
                    ResidentRules.houseNumber(resident.houseNumber(), "", "").orElseThrow().number(),
                    ResidentRules.houseNumber(resident.houseNumber(), "", "").orElseThrow().addition(), resident.birthDate());
            store.entry(round.id(), keys.identity(round.id(), parsed)).ifPresent(entry ->
                    store.replaceCode(entry.id(), keys.code(Stemcode.read(resident.code()).code()), today));
        }
        for (long entryId : store.entriesWithoutCode(round.id())) {
            store.replaceCode(entryId, keys.code(Stemcode.random()), today);
        }
    }
}
