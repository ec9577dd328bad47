package nl.rmt.intake.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.rmt.intake.localstack.ProjectFiles;
import nl.rmt.intake.localstack.template.TemplateModel;
import nl.rmt.intake.localstack.template.TemplateResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** template.yaml is what gets deployed and api/openapi.yaml what callers are told: the two name the same routes. */
class OpenApiTemplateRoutesTest {

    private static final String IAM = "AWS_IAM";
    private static final String NONE = "NONE";

    private static OpenApiDocument document;
    private static TemplateModel template;
    /** Every HttpApi route of the template, by route key, with the authorizer that guards it. */
    private static Map<String, String> templateRoutes;

    @BeforeAll
    static void readBoth() {
        document = OpenApiDocument.load();
        template = TemplateModel.load(ProjectFiles.template());
        templateRoutes = httpApiRoutes(template);
    }

    @Test
    void theTemplateHasHttpApiRoutesToCompare() {
        assertThat(templateRoutes).isNotEmpty();
    }

    @Test
    void everyHttpApiRouteOfTheTemplateIsDocumented() {
        assertThat(document.operations().keySet()).containsAll(templateRoutes.keySet());
    }

    @Test
    void everyDocumentedRouteIsAnHttpApiRouteOfTheTemplate() {
        assertThat(templateRoutes.keySet()).containsAll(document.operations().keySet());
    }

    @Test
    void exactlyTheIamAuthorisedRoutesRequireTheSigv4Scheme() {
        Map<String, Boolean> signedInTemplate = new TreeMap<>();
        templateRoutes.forEach((route, authorizer) -> signedInTemplate.put(route, authorizer.equals(IAM)));
        Map<String, Boolean> signedInDocument = new TreeMap<>();
        document.operations().forEach((route, operation) ->
                signedInDocument.put(route, operation.securitySchemes().contains("sigv4")));

        assertThat(signedInDocument).isEqualTo(signedInTemplate);
        assertThat(document.operations().values()).allSatisfy(operation ->
                assertThat(operation.securitySchemes()).as(operation.routeKey()).isSubsetOf("sigv4"));
    }

    @Test
    void theSigv4SchemeIsApiGatewaysIamAuthorisation() {
        JsonNode scheme = document.root().at("/components/securitySchemes/sigv4");

        assertThat(scheme.path("type").asText()).isEqualTo("apiKey");
        assertThat(scheme.path("in").asText()).isEqualTo("header");
        assertThat(scheme.path("name").asText()).isEqualTo("Authorization");
        assertThat(scheme.path("x-amazon-apigateway-authtype").asText()).isEqualTo("awsSigv4");
    }

    @Test
    void theApiAllowsIamAuthorisationThatTheSigv4RoutesRelyOn() {
        Object auth = httpApi().properties().get("Auth");

        assertThat(auth).isInstanceOf(Map.class);
        assertThat(String.valueOf(((Map<?, ?>) auth).get("EnableIamAuthorizer"))).isEqualTo("true");
    }

    @Test
    void browsersMayCallThePublicRoutesWithEveryDocumentedHeader() {
        Set<String> allowed = corsAllowHeaders();
        Set<String> documented = document.operations().values().stream()
                .filter(operation -> operation.securitySchemes().isEmpty())
                .flatMap(operation -> operation.parameters("header").stream())
                .map(parameter -> parameter.path("name").asText().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());

        assertThat(documented).isNotEmpty();
        assertThat(allowed).containsAll(documented);
    }

    @Test
    void browsersMayCallEveryDocumentedMethod() {
        Set<String> allowed = corsList("AllowMethods").stream().map(m -> m.toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Set<String> documented = document.operations().keySet().stream()
                .map(route -> route.substring(0, route.indexOf(' '))).collect(Collectors.toSet());

        assertThat(allowed).containsAll(documented);
    }

    /**
     * Reads the template as SAM does for an HttpApi event: its own {@code Auth.Authorizer}, else the API's
     * {@code DefaultAuthorizer}, else none.
     */
    private static Map<String, String> httpApiRoutes(TemplateModel model) {
        Map<String, String> routes = new TreeMap<>();
        for (TemplateResource function : model.resourcesOfType(TemplateModel.SERVERLESS_FUNCTION)) {
            map(function.properties().get("Events")).values().forEach(value -> {
                Map<?, ?> event = map(value);
                if (!"HttpApi".equals(event.get("Type"))) {
                    return;
                }
                Map<?, ?> properties = map(event.get("Properties"));
                String route = String.valueOf(properties.get("Method")).toUpperCase(Locale.ROOT) + " "
                        + properties.get("Path");
                String authorizer = Optional.ofNullable(map(properties.get("Auth")).get("Authorizer"))
                        .map(String::valueOf)
                        .orElseGet(() -> defaultAuthorizer(model, properties.get("ApiId")));
                routes.put(route, authorizer);
            });
        }
        return routes;
    }

    private static String defaultAuthorizer(TemplateModel model, Object apiId) {
        Object logicalId = map(apiId).get("Ref");
        Map<?, ?> auth = logicalId == null ? map(model.httpApiGlobals().get("Auth"))
                : model.resource(String.valueOf(logicalId)).map(api -> map(api.properties().get("Auth")))
                        .orElse(Map.of());
        return Optional.ofNullable(auth.get("DefaultAuthorizer")).map(String::valueOf).orElse(NONE);
    }

    private static TemplateResource httpApi() {
        List<TemplateResource> apis = template.resourcesOfType(TemplateModel.SERVERLESS_HTTP_API);
        assertThat(apis).as("the template's HttpApi").hasSize(1);
        return apis.get(0);
    }

    private static Set<String> corsAllowHeaders() {
        return corsList("AllowHeaders").stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static List<String> corsList(String name) {
        Object values = map(httpApi().properties().get("CorsConfiguration")).get(name);
        assertThat(values).as("CorsConfiguration." + name).isInstanceOf(List.class);
        return ((List<?>) values).stream().map(String::valueOf).toList();
    }

    private static Map<?, ?> map(Object value) {
        return value instanceof Map<?, ?> map ? map : Map.of();
    }
}
