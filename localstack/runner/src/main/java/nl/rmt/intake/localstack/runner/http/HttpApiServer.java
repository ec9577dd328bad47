package nl.rmt.intake.localstack.runner.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.rmt.intake.localstack.function.ApiRoute;
import nl.rmt.intake.localstack.runner.invoke.FunctionFailure;
import nl.rmt.intake.localstack.runner.invoke.LambdaFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The template's HttpApi routes on localhost: each request becomes a payload format 2.0 event for the
 * route's function, and its result becomes the HTTP response, as API Gateway maps them.
 */
public final class HttpApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApiServer.class);
    private static final String NOT_FOUND = "{\"message\":\"Not Found\"}";
    private static final String METHOD_NOT_ALLOWED = "{\"message\":\"Method Not Allowed\"}";
    private static final String INTERNAL_ERROR = "{\"message\":\"Internal Server Error\"}";

    private final HttpServer server;
    private final ExecutorService workers;
    private final RouteTable routes;
    private final HttpApiEvents events;

    private HttpApiServer(HttpServer server, ExecutorService workers, RouteTable routes, HttpApiEvents events) {
        this.server = server;
        this.workers = workers;
        this.routes = routes;
        this.events = events;
    }

    /** Serves every HttpApi event of {@code functions} on 127.0.0.1:{@code port} (0: a free port). */
    public static HttpApiServer start(int port, List<LambdaFunction> functions, String accountId) {
        List<Route> routeList = new ArrayList<>();
        for (LambdaFunction function : functions) {
            for (ApiRoute api : function.definition().events(ApiRoute.class)) {
                if (api.kind() == ApiRoute.Kind.HTTP_API) {
                    routeList.add(Route.of(api, function));
                } else {
                    LOG.warn("{}: REST API (Api) event {} is not served locally; only HttpApi events are",
                            function.definition().logicalId(), api.routeKey());
                }
            }
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            ExecutorService workers = Executors.newFixedThreadPool(8, runnable -> {
                Thread thread = new Thread(runnable, "http-api");
                thread.setDaemon(true);
                return thread;
            });
            HttpApiServer api = new HttpApiServer(server, workers, new RouteTable(routeList), new HttpApiEvents(accountId));
            server.createContext("/", api::handle);
            server.setExecutor(workers);
            server.start();
            return api;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve the HTTP API on port " + port, e);
        }
    }

    public URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /** The served routes with their functions, such as {@code POST /v1/regions/{region}/intakes -> SubmitIntakeFunction}. */
    public List<String> routes() {
        return routes.routes().stream()
                .map(route -> route.api().routeKey() + " -> " + route.function().definition().logicalId())
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            IncomingRequest request = new IncomingRequest(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders(),
                    exchange.getRequestBody().readAllBytes(),
                    exchange.getProtocol(),
                    exchange.getRemoteAddress().getAddress().getHostAddress());
            RouteTable.Lookup lookup = routes.find(request.method(), request.rawPath());
            if (lookup instanceof RouteTable.Lookup.Found found) {
                respond(exchange, invoke(request, found));
            } else if (lookup instanceof RouteTable.Lookup.MethodNotAllowed) {
                respond(exchange, ApiResponse.json(405, METHOD_NOT_ALLOWED));
            } else {
                respond(exchange, ApiResponse.json(404, NOT_FOUND));
            }
        }
    }

    private ApiResponse invoke(IncomingRequest request, RouteTable.Lookup.Found found) {
        String event = events.event(request, found.route(), found.pathParameters()).toString();
        try {
            return ApiResponse.fromFunctionResult(found.route().function().invoke(event));
        } catch (FunctionFailure e) {
            return ApiResponse.json(500, INTERNAL_ERROR);
        } catch (IllegalArgumentException malformed) {
            LOG.warn("{}: malformed response for {}: {}", found.route().function().definition().logicalId(),
                    found.route().api().routeKey(), malformed.getMessage());
            return ApiResponse.json(500, INTERNAL_ERROR);
        }
    }

    private static void respond(HttpExchange exchange, ApiResponse response) throws IOException {
        response.headers().forEach((name, values) -> values.forEach(value -> exchange.getResponseHeaders().add(name, value)));
        boolean noBody = response.body().length == 0 || response.status() == 204 || response.status() == 304
                || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
    }
}
