package nl.rmt.intake.handlers.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;

/**
 * The regional desks' IAM routes: a desk's role ({@code <stack>-desk-<amXX>}) opens only the region in the path;
 * any other caller, or a desk asking for another region, gets 403 and the route is not run.
 */
public final class DeskCaller {

    private DeskCaller() {
    }

    /**
     * @param refusal the handler's log message for a refused caller, with one placeholder for the (checked) region
     * @param route   answers the request of a desk in its own region
     */
    public static APIGatewayV2HTTPResponse answerInOwnRegion(APIGatewayV2HTTPEvent event, String deskRolePrefix,
            Logger log, String refusal, Function<OwnRegionRequest, APIGatewayV2HTTPResponse> route) {
        HttpRequest request = new HttpRequest(event);
        String region = request.pathParameter("region");
        Optional<String> deskRegion = CallerIdentity.deskRegion(event, deskRolePrefix);
        if (deskRegion.isEmpty() || !deskRegion.get().equals(region)) {
            log.info(refusal, LoggedRegion.of(region));
            return HttpResponses.json(403, ErrorBody.of("Forbidden"));
        }
        String routeKey = event.getRouteKey() == null ? "" : event.getRouteKey();
        return route.apply(new OwnRegionRequest(event, request, region, routeKey));
    }

    /** @param routeKey the route's key ({@code "GET /v1/regions/{region}/cases"}), empty when the event has none */
    public record OwnRegionRequest(APIGatewayV2HTTPEvent event, HttpRequest request, String region,
                                   String routeKey) {
    }
}
