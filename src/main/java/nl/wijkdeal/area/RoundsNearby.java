package nl.wijkdeal.area;

import java.util.List;

/**
 * The public rounds of a gebied or wijk, for the area pages. The round feature implements it, so that
 * area (the foundation every feature builds on) does not depend on rounds.
 */
public interface RoundsNearby {

    /** A link to a round's public page; {@code phase} is the phase key ("voting"). */
    record RoundLink(long id, String name, String phase) {

        /** Past voting: the round has (or will soon have) a result page. Public: Handlebars reads it. */
        public boolean results() {
            return phase.equals("counting") || phase.equals("published") || phase.equals("implementation");
        }
    }

    List<RoundLink> inArea(String areaCode);

    List<RoundLink> inNeighbourhood(String cbsCode);
}
