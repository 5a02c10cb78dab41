package nl.wijkdeal.result;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.wijkdeal.result.recount.RecountBundle;
import nl.wijkdeal.result.recount.ResultCsv;
import nl.wijkdeal.result.recount.ReceiptsFile;
import nl.wijkdeal.result.recount.StemmenFile;
import nl.wijkdeal.result.recount.WijkFiles;

import java.util.Map;

/**
 * The open data of a published wijk, file by file, and the signed bundle of the round: the same
 * bytes as in the bundle, so a download can be checked against its manifest.
 */
@Controller("/rondes/{id}")
// Any Accept: a browser that asks for text/html alone still gets the file, with its own type.
@Produces(MediaType.ALL)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Results")
class ResultFiles {

    private static final Map<String, String> TYPES = Map.of(
            WijkFiles.RESULT_JSON, MediaType.APPLICATION_JSON,
            ResultCsv.NAME, "text/csv; charset=utf-8",
            StemmenFile.NAME, "text/plain; charset=utf-8",
            ReceiptsFile.NAME, "text/plain; charset=us-ascii");

    private final PublishedFiles files;

    ResultFiles(PublishedFiles files) {
        this.files = files;
    }

    @Operation(summary = "One published file of a wijk: uitslag.json, uitslag.csv, stemmen.pb (from 10 ballots) or ontvangstbewijzen.txt")
    @ApiResponse(responseCode = "404", description = "Not published, or no such file (stemmen.pb below 10 ballots)")
    @Get("/uitslag/{wijk}/{file}")
    HttpResponse<byte[]> file(long id, String wijk, String file) {
        String type = TYPES.get(file);
        if (type == null) {
            throw ResultViews.notFound();
        }
        byte[] bytes = files.ofWijk(id, wijk).file(file).orElseThrow(ResultViews::notFound);
        return HttpResponse.ok(bytes).contentType(type)
                .header("Content-Disposition", (file.endsWith(".json") ? "inline" : "attachment")
                        + "; filename=\"" + wijk + "-" + file + "\"");
    }

    @Operation(summary = "The signed recount bundle of a round: every published wijk's files, manifest.json, manifest.sig (Ed25519)")
    @ApiResponse(responseCode = "404", description = "No wijk of this round is published yet")
    @Get("/uitslag.zip")
    HttpResponse<byte[]> bundle(long id) {
        byte[] zip = files.bundle(id).orElseThrow(ResultViews::notFound);
        return HttpResponse.ok(zip).contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + RecountBundle.fileName(id) + "\"");
    }
}
