package nl.rmt.intake.localstack.runner.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.rmt.intake.localstack.function.ApiRoute;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = new RouteTable(List.of(
            route("/{proxy+}", "ANY"),
            route("/v1/regions/{region}/intakes", "POST"),
            route("/v1/regions/{region}/intakes/preview", "POST"),
            route("/v1/regions/AM18/intakes/preview", "POST")));

    @Test
    void pathVariablesAreDecodedAndNamed() {
        assertThat(table.find("POST", "/v1/regions/AM%2018/intakes")).isInstanceOfSatisfying(RouteTable.Lookup.Found.class,
                found -> assertThat(found.pathParameters()).isEqualTo(Map.of("region", "AM 18")));
    }

    @Test
    void theMostSpecificRouteWins() {
        assertThat(table.find("POST", "/v1/regions/AM18/intakes/preview")).isInstanceOfSatisfying(RouteTable.Lookup.Found.class,
                found -> assertThat(found.route().api().path()).isEqualTo("/v1/regions/AM18/intakes/preview"));
        assertThat(table.find("POST", "/v1/regions/AM26/intakes/preview")).isInstanceOfSatisfying(RouteTable.Lookup.Found.class,
                found -> assertThat(found.route().api().path()).isEqualTo("/v1/regions/{region}/intakes/preview"));
    }

    @Test
    void aGreedyVariableCatchesWhatNothingElseMatches() {
        assertThat(table.find("GET", "/v1/regions/AM18/intakes")).isInstanceOfSatisfying(RouteTable.Lookup.Found.class,
                found -> assertThat(found.pathParameters()).isEqualTo(Map.of("proxy", "v1/regions/AM18/intakes")));
    }

    @Test
    void aKnownPathWithAnotherMethodIsToldApartFromAnUnknownPath() {
        RouteTable withoutCatchAll = new RouteTable(List.of(route("/v1/regions/{region}/intakes", "POST")));

        assertThat(withoutCatchAll.find("GET", "/v1/regions/AM18/intakes")).isInstanceOf(RouteTable.Lookup.MethodNotAllowed.class);
        assertThat(withoutCatchAll.find("POST", "/v1/regions/AM18")).isInstanceOf(RouteTable.Lookup.NotFound.class);
        assertThat(withoutCatchAll.find("POST", "/v1/regions/AM18/intakes/extra")).isInstanceOf(RouteTable.Lookup.NotFound.class);
    }

    private static Route route(String path, String method) {
        return Route.of(new ApiRoute("route", ApiRoute.Kind.HTTP_API, path, method, "local", "2.0", ApiRoute.NO_AUTHORIZER), null);
    }
}
