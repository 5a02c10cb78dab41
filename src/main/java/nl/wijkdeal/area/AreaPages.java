package nl.wijkdeal.area;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The home page (every gebied with its wijken) and a page per gebied and per wijk. */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class AreaPages {

    /** The home page, with the postcode search form (value kept and error shown when it fails). */
    record HomePage(List<Area> areas, String postcode, String postcodeError) {
        HomePage(List<Area> areas) {
            this(areas, "", null);
        }
    }

    record AreaPage(Area area, List<RoundsNearby.RoundLink> rounds) {
    }

    record NeighbourhoodPage(Neighbourhood wijk, Area area, List<RoundsNearby.RoundLink> rounds) {
    }

    private final AreaDirectory directory;
    private final RoundsNearby rounds;

    AreaPages(AreaDirectory directory, RoundsNearby rounds) {
        this.directory = directory;
        this.rounds = rounds;
    }

    @View("area/home")
    @Get
    HomePage home() {
        return new HomePage(directory.all());
    }

    /**
     * "In welke wijk woon ik?": a plain GET form on the home page. Found: straight to the wijk.
     * Not found or mistyped: the home page again with the postcode kept and the reason beside it.
     */
    @Get("/wijk-zoeken{?postcode}")
    HttpResponse<?> findByPostcode(@Nullable String postcode) {
        PostcodeRules.Check check = PostcodeRules.check(postcode);
        Optional<String> wijk = check.ok() ? directory.neighbourhoodOfPostcode(check.pc4()) : Optional.empty();
        if (wijk.isPresent()) {
            return HttpResponse.seeOther(URI.create("/wijken/" + wijk.get()));
        }
        String error = switch (check.reason()) {
            case EMPTY -> "postcode.error.empty";
            case MALFORMED -> "postcode.error.malformed";
            case OK -> "postcode.error.unknown";
        };
        String typed = postcode == null ? "" : postcode.strip();
        return HttpResponse.badRequest(new ModelAndView<>("area/home", new HomePage(directory.all(), typed, error)));
    }

    @View("area/area")
    @Get("/gebieden/{code}")
    AreaPage area(String code) {
        Area area = directory.area(code).orElseThrow(AreaPages::notFound);
        return new AreaPage(area, rounds.inArea(area.code()));
    }

    /** A wrongly formed code is simply a page that does not exist (404), as for any other typo. */
    @View("area/neighbourhood")
    @Get("/wijken/{code}")
    NeighbourhoodPage neighbourhood(String code) {
        String cbsCode = WijkCode.parse(code).orElseThrow(AreaPages::notFound);
        for (Area area : directory.all()) {
            for (Neighbourhood wijk : area.neighbourhoods()) {
                if (wijk.cbsCode().equals(cbsCode)) {
                    return new NeighbourhoodPage(wijk, area, rounds.inNeighbourhood(cbsCode));
                }
            }
        }
        throw notFound();
    }

    private static HttpStatusException notFound() {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "not found");
    }
}
