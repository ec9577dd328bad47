package nl.rmt.intake.localstack.runner.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.rmt.intake.localstack.function.ApiRoute;
import nl.rmt.intake.localstack.runner.invoke.FunctionFailure;
import nl.rmt.intake.localstack.runner.invoke.FunctionThrottled;
import nl.rmt.intake.localstack.runner.invoke.LambdaFunction;
import nl.rmt.intake.localstack.runner.schedule.ScheduleTriggers;
import nl.rmt.intake.localstack.template.StackSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The template's HttpApi routes on localhost: each request becomes a payload format 2.0 event for the
 * route's function, and its result becomes the HTTP response, as API Gateway maps them. A route with the
 * AWS_IAM authorizer answers 403 unless the request carries a SigV4 signature (see {@link SigV4Authorization});
 * a request finding all its function's instances busy answers 429, as Lambda throttles it;
 * the paths under {@value LocalAdminRoutes#PREFIX} are the local stack's own (see {@link LocalAdminRoutes}). A GET
 * that no route serves is answered from the built pages, when there are any (see {@link StaticSite}).
 */
public final class HttpApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApiServer.class);
    private static final String NOT_FOUND = "{\"message\":\"Not Found\"}";
    private static final String METHOD_NOT_ALLOWED = "{\"message\":\"Method Not Allowed\"}";
    private static final String INTERNAL_ERROR = "{\"message\":\"Internal Server Error\"}";
    private static final String FORBIDDEN = "{\"message\":\"Forbidden\"}";
    private static final String TOO_MANY_REQUESTS = "{\"message\":\"Too Many Requests\"}";
    private static final String TOO_LARGE = "{\"message\":\"Request Entity Too Large\"}";
    private static final String HEADERS_TOO_LARGE = "{\"message\":\"Request Header Fields Too Large\"}";
    /** HTTP API's quota on the request line and the header values together (10,240 bytes, not adjustable). */
    static final int MAX_REQUEST_LINE_AND_HEADER_VALUES_BYTES = 10_240;
    /** HTTP API's payload quota (10 MB, not adjustable): a larger body never reaches a function. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    /** Lambda's quota for a synchronous invocation's request: the whole event, body and headers included. */
    static final int MAX_INVOCATION_BYTES = 6 * 1024 * 1024;
    /** Enough that a request waits for its function's instances, which throttle, not for a thread of this server. */
    private static final int WORKER_THREADS = 64;

    private final HttpServer server;
    private final ExecutorService workers;
    private final RouteTable routes;
    private final HttpApiEvents events;
    private final LocalAdminRoutes adminRoutes;
    private final StackSettings stack;
    private final Optional<StaticSite> site;

    private HttpApiServer(HttpServer server, ExecutorService workers, RouteTable routes, LocalAdminRoutes adminRoutes,
                          StackSettings stack, Optional<StaticSite> site) {
        this.server = server;
        this.workers = workers;
        this.routes = routes;
        this.events = new HttpApiEvents(stack.accountId());
        this.adminRoutes = adminRoutes;
        this.stack = stack;
        this.site = site;
    }

    /**
     * Serves every HttpApi event of {@code functions} on 127.0.0.1:{@code port} (0: a free port), and the local
     * admin routes, which fire {@code schedules} by hand, and the pages of {@code site} where no route matches.
     */
    public static HttpApiServer start(int port, List<LambdaFunction> functions, StackSettings stack,
                                      ScheduleTriggers schedules, Optional<StaticSite> site) {
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
            ExecutorService workers = Executors.newFixedThreadPool(WORKER_THREADS, runnable -> {
                Thread thread = new Thread(runnable, "http-api");
                thread.setDaemon(true);
                return thread;
            });
            HttpApiServer api = new HttpApiServer(server, workers, new RouteTable(routeList),
                    new LocalAdminRoutes(schedules), stack, site);
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

    /**
     * The served routes with their functions, such as {@code POST /v1/regions/{region}/intakes -> SubmitIntakeFunction},
     * with {@code (AWS_IAM)} after those that need a signature.
     */
    public List<String> routes() {
        return routes.routes().stream()
                .map(route -> route.api().routeKey() + " -> " + route.function().definition().logicalId()
                        + (route.api().authorizer().equals(ApiRoute.NO_AUTHORIZER) ? "" : " (" + route.api().authorizer() + ")"))
                .toList();
    }

    /** Whether a route with this method and path template is served, whatever its path variables are called. */
    public boolean serves(String method, String pathTemplate) {
        String wanted = anonymousVariables(pathTemplate);
        return routes.routes().stream().anyMatch(route -> route.api().method().equals(method)
                && anonymousVariables(route.api().path()).equals(wanted));
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                respond(exchange, ApiResponse.json(413, TOO_LARGE));
                return;
            }
            IncomingRequest request = new IncomingRequest(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders(),
                    body,
                    exchange.getProtocol(),
                    exchange.getRemoteAddress().getAddress().getHostAddress());
            if (request.requestLineAndHeaderValuesBytes() > MAX_REQUEST_LINE_AND_HEADER_VALUES_BYTES) {
                respond(exchange, ApiResponse.json(431, HEADERS_TOO_LARGE));
                return;
            }
            if (LocalAdminRoutes.isAdminPath(request.rawPath())) {
                respond(exchange, adminRoutes.handle(request));
                return;
            }
            RouteTable.Lookup lookup = routes.find(request.method(), request.rawPath());
            if (lookup instanceof RouteTable.Lookup.Found found) {
                respond(exchange, authorizeAndInvoke(request, found));
            } else if (lookup instanceof RouteTable.Lookup.MethodNotAllowed) {
                respond(exchange, ApiResponse.json(405, METHOD_NOT_ALLOWED));
            } else {
                respond(exchange, site.flatMap(pages -> pages.serve(request.method(), request.rawPath()))
                        .orElseGet(() -> ApiResponse.json(404, NOT_FOUND)));
            }
        }
    }

    private ApiResponse authorizeAndInvoke(IncomingRequest request, RouteTable.Lookup.Found found) {
        if (!found.route().api().iamAuthorized()) {
            return invoke(request, found, Optional.empty());
        }
        Optional<String> accessKeyId = SigV4Authorization.accessKeyId(
                header(request, "authorization"), header(request, "x-amz-date"), stack.region());
        if (accessKeyId.isEmpty()) {
            LOG.info("{}: no valid SigV4 signature; 403", found.route().api().routeKey());
            return ApiResponse.json(403, FORBIDDEN);
        }
        return invoke(request, found, Optional.of(new IamCaller(accessKeyId.get(), stack.accountId())));
    }

    private ApiResponse invoke(IncomingRequest request, RouteTable.Lookup.Found found, Optional<IamCaller> caller) {
        String event = events.event(request, found.route(), found.pathParameters(), caller).toString();
        if (event.getBytes(StandardCharsets.UTF_8).length > MAX_INVOCATION_BYTES) {
            // Lambda refuses the invocation (RequestEntityTooLargeException, HTTP 413) before any code runs.
            LOG.info("{}: event over Lambda's {} bytes; 413", found.route().api().routeKey(), MAX_INVOCATION_BYTES);
            return ApiResponse.json(413, TOO_LARGE);
        }
        try {
            return ApiResponse.fromFunctionResult(found.route().function().invokeUnlessThrottled(event));
        } catch (FunctionThrottled e) {
            // What API Gateway answers when Lambda throttles the invocation.
            return ApiResponse.json(429, TOO_MANY_REQUESTS);
        } catch (FunctionFailure e) {
            return ApiResponse.json(500, INTERNAL_ERROR);
        } catch (IllegalArgumentException malformed) {
            LOG.warn("{}: malformed response for {}: {}", found.route().function().definition().logicalId(),
                    found.route().api().routeKey(), malformed.getMessage());
            return ApiResponse.json(500, INTERNAL_ERROR);
        }
    }

    private static Optional<String> header(IncomingRequest request, String lowerCaseName) {
        return request.headers().entrySet().stream()
                .filter(header -> header.getKey().toLowerCase(Locale.ROOT).equals(lowerCaseName))
                .flatMap(header -> header.getValue().stream())
                .findFirst();
    }

    private static String anonymousVariables(String pathTemplate) {
        return pathTemplate.replaceAll("\\{[^}/]+?(\\+?)}", "{$1}");
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
