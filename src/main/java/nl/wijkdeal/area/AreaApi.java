package nl.wijkdeal.area;

import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.wijkdeal.web.Problem;

import java.util.List;

/** Public, read-only geography for apps and researchers. */
@Tag(name = "Geography")
@Controller("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@ExecuteOn(TaskExecutors.BLOCKING)
class AreaApi {

    private final AreaDirectory directory;

    AreaApi(AreaDirectory directory) {
        this.directory = directory;
    }

    @Operation(summary = "All gebieden (areas) with their wijken and PC4 postcode ranges")
    @Get("/areas")
    List<Area> areas() {
        return directory.all();
    }

    @Operation(summary = "One gebied by its code, e.g. 'zuid'")
    @ApiResponse(responseCode = "200", description = "the area")
    @ApiResponse(responseCode = "404", description = "no such area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Get("/areas/{code}")
    Area area(String code) {
        return directory.area(code).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no such area"));
    }

    @Operation(summary = "One wijk by its CBS code, e.g. 'WK001401'")
    @ApiResponse(responseCode = "200", description = "the wijk")
    @ApiResponse(responseCode = "400", description = "not a CBS wijk code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "no such wijk",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Get("/neighbourhoods/{code}")
    Neighbourhood neighbourhood(String code) {
        String cbsCode = WijkCode.parse(code)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.BAD_REQUEST, "not a wijk code"));
        return directory.neighbourhood(cbsCode)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no such wijk"));
    }
}
