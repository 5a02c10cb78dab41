package nl.wijkdeal.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.MediaType;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;

/** Pages of plain text: how a wijkdeal works, and the accessibility statement. */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
class InfoPages {

    @View("info/how-it-works")
    @Get("/hoe-werkt-het")
    Map<String, Object> howItWorks() {
        return Map.of();
    }

    @View("info/accessibility")
    @Get("/toegankelijkheid")
    Map<String, Object> accessibility() {
        return Map.of();
    }
}
