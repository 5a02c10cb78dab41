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
 * little support; in the round that is counting, plans that were on the ballot in both wijken.
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

    /**
     * Oost 2026 is past voting (counting): its plans went through the review and the feasible ones
     * were on the ballot, four in each wijk; {@link DemoBallots} fills the ballot box.
     */
    static final List<Seed> OOST = List.of(
            new Seed("Speelplek in het Beijumer Bos", "Klimtoestellen van hout tussen de bomen.",
                    "Kinderen in Beijum spelen graag buiten. In het bos is nog geen plek om te klimmen en te bouwen.",
                    14_000, "WK001411", "Groen en speelruimte", "Beijumer Bos", "Ouders Beijum", true, 48, true, null),
            new Seed("Buurtbus naar de Kring in Beijum", "Een buurtbus voor ouderen, twee keer per week.",
                    "Veel ouderen komen moeilijk bij de winkels. Vrijwilligers rijden, de buurt betaalt de bus.",
                    9_500, "WK001411", "Jong en oud", "De Kring", "Wilma", true, 39, true, null),
            new Seed("Pannakooi bij het Lewenborgplein", "Een kleine voetbalkooi voor de jeugd.",
                    "De jongeren hebben geen plek om samen te voetballen. Een kooi geeft minder last op straat.",
                    12_000, "WK001411", "Jong en oud", "Lewenborgplein", "Jongerenwerk Lewenborg", true, 56, true, null),
            new Seed("Bloemrijke bermen in Lewenborg", "Bloemen in plaats van gras langs de wegen.",
                    "Bloemen zijn mooi en goed voor bijen en vlinders. Er hoeft minder vaak gemaaid te worden.",
                    4_500, "WK001411", "Groen en speelruimte", "Bermen langs de Kardinge", null, true, 33, true, null),
            new Seed("Tunnel onder de Ring verlichten", "Meer en betere lampen in het fietstunneltje.",
                    "In het donker is de tunnel eng. Betere lampen maken de weg naar school veiliger.",
                    60_000, "WK001411", "Verkeer en veiligheid", "Fietstunnel Beijum", "Ahmed", true, 44, false,
                    "De tunnel krijgt volgend jaar al nieuwe lampen van de gemeente. Daarom is dit plan niet nodig."),
            new Seed("Steiger aan het Meerstadmeer", "Een houten steiger om te zwemmen en te vissen.",
                    "In de zomer zwemmen veel mensen in het meer. Een steiger maakt het water makkelijker te bereiken.",
                    16_000, "WK001412", "Groen en speelruimte", "Meerstadmeer", "Esther", true, 61, true, null),
            new Seed("Ontmoetingsplek in Meerstad-Midden", "Een overdekte plek met banken en een tafel.",
                    "Meerstad is nieuw. Mensen kennen elkaar nog niet. Een plek om elkaar te zien helpt daarbij.",
                    11_000, "WK001412", "Ontmoeten", "Meerstad-Midden", "Bewonersvereniging Meerstad", true, 42, true, null),
            new Seed("Veilig fietspad langs de Hoofdweg in Noorddijk", "Een breder fietspad met een rand.",
                    "Auto's rijden hier hard langs fietsers. Kinderen fietsen hier naar school.",
                    18_000, "WK001412", "Verkeer en veiligheid", "Hoofdweg", "Gerrit", true, 50, true, null),
            new Seed("Dorpsfeest in Noorddijk", "Een jaarlijks feest bij de oude kerk.",
                    "Een feest voor jong en oud brengt het oude dorp en de nieuwe wijken samen.",
                    5_000, "WK001412", "Ontmoeten", "Kerk Noorddijk", "Feestcommissie", true, 35, true, null),
            new Seed("Meer prullenbakken in Meerstad", "Prullenbakken bij de speelplekken.",
                    "Er ligt afval bij de speelplekken.", 3_000, "WK001412", "Schoon en heel", null, "Joost", true, 6));

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
        seed("Wijkdeal Oost 2026", OOST);
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
