package nl.wijkdeal.result;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.round.Round;

import java.util.List;

/** Results as JSON: which wijken are published, each wijk's uitslag.json, and the key that signs them. */
@Controller("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Results")
class ResultApi {

    /** A wijk of a round: whether its result is published, and where its files are. */
    @Serdeable
    record WijkResult(String code, String name, boolean published, String result, String csv, String ballots) {
    }

    @Serdeable
    record RoundResults(long roundId, String roundName, String phase, List<WijkResult> wijken, String bundle,
                        String publicKey) {
    }

    @Serdeable
    record SigningKey(String algorithm, String publicKey, String fingerprint) {
    }

    private final ResultViews views;
    private final PublishedFiles files;
    private final ResultSigningKey key;

    ResultApi(ResultViews views, PublishedFiles files, ResultSigningKey key) {
        this.views = views;
        this.files = files;
        this.key = key;
    }

    @Operation(summary = "The results of a round per wijk, with links to the published files and the recount bundle")
    @ApiResponse(responseCode = "404", description = "No such round, or not public yet")
    @Get("/rounds/{id}/results")
    RoundResults round(long id) {
        ResultViews.RoundResults results = views.ofRound(id);
        Round round = results.round();
        if (round.phase() == Phase.PREPARATION) {
            throw ResultViews.notFound();
        }
        List<WijkResult> wijken = round.settings().budgets().keySet().stream().map(code -> {
            boolean published = results.published().stream().anyMatch(v -> v.wijk().equals(code));
            String base = "/rondes/" + id + "/uitslag/" + code + "/";
            boolean ballots = published && results.published().stream().anyMatch(v -> v.wijk().equals(code) && v.ballotsPublished());
            return new WijkResult(code, results.area().nameOf(code), published,
                    published ? "/api/v1/rounds/" + id + "/results/" + code : null, published ? base + "uitslag.csv" : null,
                    ballots ? base + "stemmen.pb" : null);
        }).toList();
        return new RoundResults(id, round.text().name(), round.phase().key(), wijken,
                results.published().isEmpty() ? null : "/rondes/" + id + "/uitslag.zip", key.publicKeyBase64());
    }

    @Operation(summary = "One wijk's published result: uitslag.json (format wijkdeal-uitslag/1)")
    @ApiResponse(responseCode = "404", description = "No such wijk, or its result is not published")
    @Get("/rounds/{id}/results/{wijk}")
    HttpResponse<byte[]> wijk(long id, String wijk) {
        return HttpResponse.ok(files.ofWijk(id, wijk).result().toJson()).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Operation(summary = "The Ed25519 public key that signs every recount bundle (base64 of the raw 32 bytes)")
    @Get("/signing-key")
    SigningKey signingKey() {
        return new SigningKey("Ed25519", key.publicKeyBase64(), key.fingerprint());
    }
}
