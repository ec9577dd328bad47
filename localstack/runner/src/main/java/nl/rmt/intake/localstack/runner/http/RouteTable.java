package nl.rmt.intake.localstack.runner.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the route for a request, telling "no such path" from "path exists, method does not". */
final class RouteTable {

    private final List<Route> routes;

    RouteTable(List<Route> routes) {
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparingInt(Route::specificity));
        this.routes = List.copyOf(sorted);
    }

    List<Route> routes() {
        return routes;
    }

    Lookup find(String method, String rawPath) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.match(rawPath);
            if (parameters.isPresent()) {
                pathKnown = true;
                if (route.allows(method)) {
                    return new Lookup.Found(route, parameters.get());
                }
            }
        }
        return pathKnown ? new Lookup.MethodNotAllowed() : new Lookup.NotFound();
    }

    sealed interface Lookup {
        record Found(Route route, Map<String, String> pathParameters) implements Lookup {
        }

        record NotFound() implements Lookup {
        }

        record MethodNotAllowed() implements Lookup {
        }
    }
}
