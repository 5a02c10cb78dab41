package nl.wijkdeal.demo;

import jakarta.inject.Singleton;
import nl.wijkdeal.register.SeedRegister;
import nl.wijkdeal.register.SeedRegister.KnownResident;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.staff.Staff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.List;

/**
 * Synthetic registers (made-up residents) for the demo rounds that are past preparation. In Helpman
 * 2026, which is voting, three known residents can vote: two with the codes below, one by address
 * (README, "Demo"). A fourth is too young, to show that message.
 */
@Singleton
class DemoRegister {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRegister.class);

    static final List<KnownResident> HELPMAN = List.of(
            new KnownResident("9722 AB", "12", LocalDate.of(1980, 4, 1), "DEM0-HE1P-MAN1-9"),
            new KnownResident("9721 CD", "3a", LocalDate.of(1955, 11, 20), "DEM0-HE1P-MAN2-7"),
            new KnownResident("9723 EF", "45", LocalDate.of(2001, 7, 15), null),
            new KnownResident("9722 AB", "14", LocalDate.of(2019, 6, 1), null));

    private final SeedRegister seedRegister;
    private final PublicRounds rounds;

    DemoRegister(SeedRegister seedRegister, PublicRounds rounds) {
        this.seedRegister = seedRegister;
        this.rounds = rounds;
    }

    void load(Staff zuid, Staff oost) {
        for (Round round : rounds.all()) {
            Staff by = round.areaCode().equals("zuid") ? zuid : oost;
            boolean helpman = round.text().name().equals("Wijkdeal Helpman 2026");
            int residents = seedRegister.seed(by, round, round.phase() == Phase.VOTING ? 400 : 250, round.id(),
                    helpman ? HELPMAN : List.of());
            LOG.info("Demo mode: register of {} with {} residents", round.text().name(), residents);
        }
    }
}
