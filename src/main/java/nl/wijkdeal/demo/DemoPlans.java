package nl.wijkdeal.demo;

import jakarta.inject.Singleton;
import nl.wijkdeal.plan.SeedPlans;
import nl.wijkdeal.plan.SeedPlans.Seed;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;

import java.util.List;

/**
 * Plans in the demo rounds, after Wijkdeal De Wijert: some with enough support, some still gathering
 * it, one anonymous, one never confirmed (only in the database, not on the site), one merged into
 * another, one hidden by the gebiedsteam, comments with a reply and a report; in the round that is
 * voting, plans found feasible (on the ballot), one not feasible with its reason and one with too
 * little support.
 */
@Singleton
class DemoPlans {

    static final List<Seed> DE_WIJERT = List.of(
            new Seed("Bankjes langs de vijver in het Wijertpark", "Drie bankjes aan de zuidkant van de vijver.",
                    "Veel ouderen wandelen hier, maar er is nergens om even te zitten.\nDrie bankjes met een leuning helpen.",
                    4_500, "WK001406", "Groen en speelruimte", "Wijertpark", "Anneke", true, 34),
            new Seed("Veilig oversteken bij de Van Ketwich Verschuurlaan", "Een zebrapad met een middeneiland.",
                    "Kinderen steken hier over naar school. Auto's rijden er hard.",
                    18_000, "WK001406", "Verkeer en veiligheid", "Van Ketwich Verschuurlaan", "Ouders basisschool", true, 41),
            new Seed("Moestuin voor de hele buurt", "Een gezamenlijke moestuin op het grasveld bij de flats.",
                    "Samen groente kweken brengt mensen bij elkaar. Wij zorgen voor de tuin.",
                    6_000, "WK001405", "Ontmoeten", "Grasveld Zuidoost", null, true, 12),
            new Seed("Speeltuin opknappen", "Nieuwe toestellen en zachte tegels in de speeltuin.",
                    "De toestellen zijn oud en er zijn splinters. Jonge kinderen kunnen er niet veilig spelen.",
                    15_000, "WK001405", "Jong en oud", "Speeltuin Helperzoom", "Sami", true, 29),
            new Seed("Meer afvalbakken", "Vijf afvalbakken langs het fietspad.",
                    "Langs het fietspad ligt veel zwerfafval.", 2_500, "WK001406", "Schoon en heel", null, "Joke", false, 0));

    static final List<Seed> ZUIDWEST = List.of(
            new Seed("Buurtkamer in Corpus den Hoorn", "Een plek om koffie te drinken en elkaar te leren kennen.",
                    "Veel mensen in de buurt zijn alleen. Een buurtkamer twee middagen per week helpt.",
                    12_000, "WK001407", "Ontmoeten", "Corpus den Hoorn", "Fatima", true, 3),
            new Seed("Bloembakken in de Rivierenbuurt", "Bloembakken aan de lantaarnpalen.",
                    "Fleur de straat op, voor mens en bij.", 3_000, "WK001401", "Groen en speelruimte", "Rivierenbuurt", null, true, 0));

    /** Helpman 2026 is voting: these went through the review; the feasible ones are on the ballot. */
    static final List<Seed> HELPMAN = List.of(
            new Seed("Nieuwe bomen in de Helperzoom", "Tien bomen waar de oude zijn gekapt.",
                    "Na de storm zijn veel bomen weg. Nieuwe bomen geven schaduw en vogels een plek.",
                    6_000, "WK001406", "Groen en speelruimte", "Helperzoom", "Bert", true, 44, true, null),
            new Seed("Jeu-de-boulesbaan bij het buurthuis", "Een baan voor jong en oud.",
                    "Jeu de boules is makkelijk en gezellig. Het buurthuis beheert de ballen.",
                    3_500, "WK001406", "Ontmoeten", "Buurthuis Helpman", "Club De Boule", true, 37, true, null),
            new Seed("Verlichting op het fietspad langs het kanaal", "Lantaarns langs het donkere stuk.",
                    "'s Avonds is het fietspad erg donker. Veel mensen voelen zich daar niet veilig.",
                    9_000, "WK001406", "Verkeer en veiligheid", "Fietspad langs het kanaal", null, true, 52, true, null),
            new Seed("Overdekte fietsenstalling bij het station", "Een grote overdekte stalling.",
                    "Fietsen worden nat en gestolen. Een stalling helpt.",
                    40_000, "WK001406", "Verkeer en veiligheid", "Station Europapark", "Karin", true, 61, false,
                    "Het station is van ProRail. De gemeente mag daar niet bouwen. We hebben het idee aan ProRail doorgegeven."),
            new Seed("Kunst op de elektriciteitskasten", "Buurtkinderen beschilderen de grijze kasten.",
                    "Grijze kasten worden zo kleurrijk. Kinderen leren van een kunstenaar.",
                    2_000, "WK001406", "Jong en oud", null, "Lotte", true, 31, true, null),
            new Seed("Hondenuitlaatveld", "Een omheind veld voor honden.",
                    "Honden kunnen hier los lopen.", 8_000, "WK001406", "Groen en speelruimte", null, "Henk", true, 8));

    private final PublicRounds rounds;
    private final SeedPlans seedPlans;

    DemoPlans(PublicRounds rounds, SeedPlans seedPlans) {
        this.rounds = rounds;
        this.seedPlans = seedPlans;
    }

    void load() {
        List<Long> wijert = seed("Wijkdeal De Wijert 2027", DE_WIJERT);
        long benches = wijert.get(0);
        long question = seedPlans.comment(benches, null, "Sanne",
                "Goed idee! Kunnen de bankjes ook in de schaduw staan? In de zomer is het daar erg warm.");
        seedPlans.comment(benches, question, "Anneke", "Ja, we denken aan de plek onder de grote wilgen.");
        long armrests = seedPlans.comment(benches, null, null, "Graag ook een bankje met armleuningen, dan kan ik makkelijker opstaan.");
        seedPlans.report(benches, armrests, "Dit gaat niet over dit plan.");
        Round wijertRound = round("Wijkdeal De Wijert 2027");
        long seat = seedPlans.seed(wijertRound, new Seed("Zitplek bij de vijver", "Een bank aan het water.",
                "Een plek om uit te rusten bij de vijver.", 1_500, "WK001406", "Groen en speelruimte", "Wijertpark", "Kees", true, 5));
        seedPlans.merge(seat, benches, "Beide plannen gaan over zitplekken bij de vijver in het Wijertpark.");
        long ads = seedPlans.seed(wijertRound, new Seed("Korting bij mijn winkel", "Kom langs!", "Reclame voor een winkel.",
                100, "WK001405", "Ontmoeten", null, "Winkel", true, 0));
        seedPlans.hide(ads, "Dit is reclame en geen plan voor de wijk.");
        seed("Wijkdeal Zuidwest en Oud-Zuid 2027", ZUIDWEST);
        seed("Wijkdeal Helpman 2026", HELPMAN);
    }

    /** @return the ids of the plans, in the order given */
    private List<Long> seed(String roundName, List<Seed> seeds) {
        Round round = round(roundName);
        return seeds.stream().map(seed -> seedPlans.seed(round, seed)).toList();
    }

    private Round round(String name) {
        return rounds.all().stream().filter(r -> r.text().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo round " + name + " is missing"));
    }
}
