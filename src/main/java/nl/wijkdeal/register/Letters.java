package nl.wijkdeal.register;

import jakarta.inject.Singleton;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.web.PublicUrl;

import java.util.List;

/** Makes the {@link Letter} for a resident and a fresh code: the round's wording, dates and vote address. */
@Singleton
class Letters {

    private final AreaDirectory areas;
    private final PublicUrl publicUrl;

    Letters(AreaDirectory areas, PublicUrl publicUrl) {
        this.areas = areas;
        this.publicUrl = publicUrl;
    }

    Letter of(Round round, String wijk, String name, List<String> addressLines, Stemcode code) {
        String wijkName = areas.area(round.areaCode()).map(area -> area.nameOf(wijk)).orElse(wijk);
        return new Letter(name, addressLines, wijkName, round.settings().startOf(Phase.VOTING),
                round.settings().lastDayOf(Phase.VOTING), round.text().name(), code.grouped(), voteUrl(round));
    }

    /** The vote page; the letter's QR code adds the code after a #, which browsers never send to a server. */
    String voteUrl(Round round) {
        return publicUrl.of("/rondes/" + round.id() + "/stemmen");
    }
}
