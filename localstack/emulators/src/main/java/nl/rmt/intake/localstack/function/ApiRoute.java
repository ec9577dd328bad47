package nl.rmt.intake.localstack.function;

/**
 * An {@code HttpApi} or {@code Api} event: a route such as {@code POST /v1/regions/{region}/intakes}.
 *
 * @param method upper case, or {@code ANY}
 * @param apiId  the resolved ApiId, or {@code local} for the implicit API
 * @param payloadFormatVersion "2.0" for HTTP APIs unless the event says otherwise, "1.0" for REST APIs
 */
public record ApiRoute(String name, Kind kind, String path, String method, String apiId, String payloadFormatVersion)
        implements FunctionEvent {

    public enum Kind { HTTP_API, REST_API }

    public String routeKey() {
        return method.equals("ANY") ? "ANY " + path : method + " " + path;
    }
}
