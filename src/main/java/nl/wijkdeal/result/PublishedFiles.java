package nl.wijkdeal.result;

import jakarta.inject.Singleton;
import nl.wijkdeal.area.AreaDirectory;
import nl.wijkdeal.result.recount.PublishedResult;
import nl.wijkdeal.result.recount.RecountBundle;
import nl.wijkdeal.result.recount.ReceiptsFile;
import nl.wijkdeal.result.recount.RuleJson;
import nl.wijkdeal.result.recount.WijkFiles;
import nl.wijkdeal.round.Round;
import nl.wijkdeal.tally.Election;
import nl.wijkdeal.tally.Reason;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The open data of published results: per wijk uitslag.json, uitslag.csv, ontvangstbewijzen.txt
 * and (from 10 ballots) stemmen.pb, and the signed bundle of a round. Made from the frozen count on
 * request: the same rows give the same bytes, and Ed25519 signatures are deterministic, so the
 * bundle is the same every time it is downloaded.
 */
@Singleton
class PublishedFiles {

    private final ResultViews views;
    private final ResultStore store;
    private final AreaDirectory areas;
    private final ResultSigningKey key;

    PublishedFiles(ResultViews views, ResultStore store, AreaDirectory areas, ResultSigningKey key) {
        this.views = views;
        this.store = store;
        this.areas = areas;
        this.key = key;
    }

    /** The files of one published wijk; 404 when it is not published. */
    WijkFiles ofWijk(long roundId, String wijk) {
        Round round = views.round(roundId);
        return files(round, store.find(roundId, wijk).filter(ResultStore.Row::published).orElseThrow(ResultViews::notFound));
    }

    /** The signed bundle of every published wijk of the round; empty when none is published yet. */
    Optional<byte[]> bundle(long roundId) {
        Round round = views.round(roundId);
        List<WijkFiles> wijken = store.ofRound(roundId).stream().filter(ResultStore.Row::published)
                .map(row -> files(round, row)).toList();
        if (wijken.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RecountBundle.write(roundId, round.text().name(), round.areaCode(), wijken, key.signer()));
    }

    private WijkFiles files(Round round, ResultStore.Row row) {
        Election stemmen = store.ballots(row.roundId(), row.wijk());
        List<byte[]> receipts = ReceiptsFile.parse(store.receiptsFile(row.roundId(), row.wijk())
                .getBytes(StandardCharsets.US_ASCII), ReceiptsFile.NAME);
        String wijkName = areas.area(round.areaCode()).map(area -> area.nameOf(row.wijk())).orElse(row.wijk());
        return WijkFiles.of(published(round, wijkName, row, store.plans(row.roundId(), row.wijk()), stemmen), stemmen, receipts);
    }

    private static PublishedResult published(Round round, String wijkName, ResultStore.Row row,
                                             List<ResultStore.PlanRow> planRows, Election stemmen) {
        List<PublishedResult.PlanLine> plans = new ArrayList<>();
        List<PublishedResult.Deviation> deviations = new ArrayList<>();
        BigDecimal computedTotal = BigDecimal.ZERO;
        BigDecimal adoptedTotal = BigDecimal.ZERO;
        for (ResultStore.PlanRow p : planRows) {
            BigDecimal cost = WijkCount.euros(p.cost());
            boolean adopted = Boolean.TRUE.equals(p.adoptedSelected());
            plans.add(new PublishedResult.PlanLine(Long.toString(p.planId()), p.title(), cost, p.score(), p.voters(),
                    p.place(), p.computedSelected(), adopted, Reason.valueOf(p.reason()), p.selectionRound(), p.amount(),
                    p.limit(), p.otherPlanId()));
            computedTotal = p.computedSelected() ? computedTotal.add(cost) : computedTotal;
            adoptedTotal = adopted ? adoptedTotal.add(cost) : adoptedTotal;
            if (p.deviationReason() != null) {
                deviations.add(new PublishedResult.Deviation(Long.toString(p.planId()), p.deviationReason()));
            }
        }
        boolean enough = row.ballots() >= PublishedResult.MIN_PUBLISHED_BALLOTS;
        HexFormat hex = HexFormat.of();
        return new PublishedResult(row.roundId(), round.text().name(), round.areaCode(), row.wijk(), wijkName,
                WijkCount.euros(row.budget()), row.ballotKind(), stemmen.kind(), RuleJson.fromJson(row.ruleJson()),
                row.engineVersion(), row.countedAt(), row.ballots(),
                row.eligible() == null ? OptionalInt.empty() : OptionalInt.of(row.eligible()),
                enough ? Optional.of(new PublishedResult.Channels(row.online(), row.counter(), row.paper())) : Optional.empty(),
                enough, plans,
                new PublishedResult.Computed(row.computedSelected().stream().map(String::valueOf).toList(), computedTotal),
                new PublishedResult.Adopted(row.adoptedSelected().stream().map(String::valueOf).toList(), adoptedTotal,
                        deviations, row.decisionNote() == null ? "" : row.decisionNote(), row.adoptedBy(), row.adoptedAt()),
                row.publishedAt(), new PublishedResult.Roots(hex.formatHex(row.ballotsRoot()), hex.formatHex(row.receiptsRoot())));
    }
}
