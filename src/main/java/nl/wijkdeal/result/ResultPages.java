package nl.wijkdeal.result;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.wijkdeal.round.Phase;
import nl.wijkdeal.web.Language;
import nl.wijkdeal.web.Messages;

/**
 * The public uitslag: per round every wijk, per wijk the top N with a chart and a table, turnout,
 * how it was counted, deviations with reasons, and the open data. Only published results; the
 * rest answers 404 as if it did not exist yet.
 */
@Hidden
@Controller("/rondes/{id}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class ResultPages {

    private final ResultViews views;
    private final ResultSigningKey signingKey;
    private final Messages messages;

    ResultPages(ResultViews views, ResultSigningKey signingKey, Messages messages) {
        this.views = views;
        this.signingKey = signingKey;
        this.messages = messages;
    }

    @Get("/uitslag")
    HttpResponse<?> round(long id) {
        ResultViews.RoundResults results = views.ofRound(id);
        if (results.round().phase() == Phase.PREPARATION) {
            throw ResultViews.notFound();
        }
        return HttpResponse.ok(new ModelAndView<>("result/round", ResultPage.Round.of(results, signingKey)));
    }

    @Get("/uitslag/{wijk}")
    HttpResponse<?> wijk(HttpRequest<?> request, long id, String wijk) {
        ResultView view = views.published(id, wijk);
        Language language = Language.of(request);
        String chart = ResultChart.svg(view, (key, args) -> messages.get(language, key, args), language.locale());
        return HttpResponse.ok(new ModelAndView<>("result/wijk", new ResultPage(view, chart)));
    }
}
