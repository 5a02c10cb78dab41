package nl.wijkdeal.result;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import nl.wijkdeal.area.Area;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.round.PublicRounds;
import nl.wijkdeal.round.Round;

import java.util.List;
import java.util.Optional;

/** Reads results for the pages, the files and the API, from the stored count. */
@Singleton
class ResultViews {

    /** A round with its gebied and the results counted so far. */
    record RoundResults(Round round, Area area, List<ResultView> wijken) {

        List<ResultView> published() {
            return wijken.stream().filter(ResultView::published).toList();
        }
    }

    private final PublicRounds rounds;
    private final AreaDirectory areas;
    private final ResultStore store;

    ResultViews(PublicRounds rounds, AreaDirectory areas, ResultStore store) {
        this.rounds = rounds;
        this.areas = areas;
        this.store = store;
    }

    static HttpStatusException notFound() {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "no such result");
    }

    Round round(long roundId) {
        return rounds.findForStaff(roundId).orElseThrow(ResultViews::notFound);
    }

    /** Every wijk's result of a round, in the round's wijk order (for staff: any status). */
    RoundResults ofRound(long roundId) {
        Round round = round(roundId);
        Area area = areas.area(round.areaCode()).orElseThrow();
        List<ResultView> views = round.settings().budgets().keySet().stream()
                .map(wijk -> store.find(roundId, wijk).map(row -> view(round, area, row)))
                .flatMap(Optional::stream).toList();
        return new RoundResults(round, area, views);
    }

    /** One wijk's result (for staff: any status). */
    Optional<ResultView> of(long roundId, String wijk) {
        return of(round(roundId), wijk);
    }

    /** The same, for a round the caller has read already. */
    Optional<ResultView> of(Round round, String wijk) {
        Area area = areas.area(round.areaCode()).orElseThrow();
        return store.find(round.id(), wijk).map(row -> view(round, area, row));
    }

    /** One wijk's result if it is published; else 404, as if it did not exist. */
    ResultView published(long roundId, String wijk) {
        return of(roundId, wijk).filter(ResultView::published).orElseThrow(ResultViews::notFound);
    }

    private ResultView view(Round round, Area area, ResultStore.Row row) {
        return ResultView.of(round.text().name(), round.areaCode(), area.nameOf(row.wijk()), round.settings(), row,
                store.plans(round.id(), row.wijk()));
    }
}
