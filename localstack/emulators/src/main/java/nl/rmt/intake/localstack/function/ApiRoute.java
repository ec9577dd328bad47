package nl.rmt.intake.localstack.function;

/**
 * An {@code HttpApi} or {@code Api} event: a route such as {@code POST /v1/regions/{region}/intakes}.
 *
 * @param method upper case, or {@code ANY}
 * @param apiId  the resolved ApiId, or {@code local} for the implicit API
 * @param payloadFormatVersion "2.0" for HTTP APIs unless the event says otherwise, "1.0" for REST APIs
 * @param authorizer what guards the route after SAM applied the API's DefaultAuthorizer: {@value #NO_AUTHORIZER},
 *                   {@value #IAM_AUTHORIZER}, or the name of one of the API's Authorizers
 */
public record ApiRoute(String name, Kind kind, String path, String method, String apiId, String payloadFormatVersion,
                       String authorizer) implements FunctionEvent {

    public static final String NO_AUTHORIZER = "NONE";
    public static final String IAM_AUTHORIZER = "AWS_IAM";

    public enum Kind { HTTP_API, REST_API }

    public String routeKey() {
        return method.equals("ANY") ? "ANY " + path : method + " " + path;
    }

    /** Callers must sign the request with SigV4; API Gateway answers 403 to anyone else. */
    public boolean iamAuthorized() {
        return IAM_AUTHORIZER.equals(authorizer);
    }
}
