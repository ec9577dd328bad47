package nl.rmt.intake.localstack.function;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rmt.intake.localstack.template.IntrinsicResolver;
import nl.rmt.intake.localstack.template.TemplateModel;
import nl.rmt.intake.localstack.template.TemplateResource;

/**
 * Decides which authorizer guards an HttpApi route, with SAM's rules: the event's {@code Auth.Authorizer}
 * wins, otherwise the API's {@code Auth.DefaultAuthorizer} applies. SAM also refuses {@code AWS_IAM} unless the
 * API sets {@code EnableIamAuthorizer: true}, {@code NONE} without a DefaultAuthorizer to opt out of, and any
 * other name that is not one of the API's Authorizers. Such a template is still served as written (the intent is
 * plain, and one JVM runs everyone's tests), but each refusal is kept in {@link #problems()} so it is reported
 * before a deployment finds it.
 */
final class RouteAuthorizers {

    private final TemplateModel template;
    private final IntrinsicResolver resolver;
    /** A set: every route of an API reads that API's Auth again. */
    private final Set<String> problems = new LinkedHashSet<>();

    RouteAuthorizers(TemplateModel template, IntrinsicResolver resolver) {
        this.template = template;
        this.resolver = resolver;
    }

    /**
     * @param event the event's Properties as written
     * @param where the event's place in the template, for messages
     */
    String authorizerFor(Map<String, Object> event, String routeKey, String where) {
        ApiAuth api = apiAuth(event.get("ApiId"));
        Object eventAuth = event.get("Auth");
        Optional<String> own = eventAuth instanceof Map<?, ?> auth
                ? text(auth.get("Authorizer"), where + ".Auth.Authorizer") : Optional.empty();
        if (eventAuth != null && own.isEmpty() && api.defaultAuthorizer().isEmpty()) {
            problems.add(where + ".Auth: 'Auth' section requires either an explicit 'Authorizer' set or a"
                    + " 'DefaultAuthorizer' configured on the HttpApi");
        }
        String authorizer = own.or(api::defaultAuthorizer).orElse(ApiRoute.NO_AUTHORIZER);
        if (authorizer.equals(ApiRoute.NO_AUTHORIZER)) {
            if (own.isPresent() && api.defaultAuthorizer().isEmpty()) {
                problems.add(where + ".Auth: unable to set Authorizer on " + routeKey
                        + " because 'NONE' is only a valid value when a DefaultAuthorizer on the API is specified");
            }
        } else if (own.isPresent() && api.known() && !api.defines(authorizer)) {
            problems.add(where + ".Auth: unable to set Authorizer [" + authorizer + "] on " + routeKey
                    + (authorizer.equals(ApiRoute.IAM_AUTHORIZER)
                            ? " because the API does not set Auth.EnableIamAuthorizer: true"
                            : " because it is not defined in the API's Auth.Authorizers"));
        }
        return authorizer;
    }

    /** What SAM would refuse in the routes read so far, each naming its place in the template. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** The Auth of the API the event names: an AWS::Serverless::HttpApi of this template, or the implicit one. */
    private ApiAuth apiAuth(Object apiId) {
        if (apiId == null) {
            return read(template.httpApiGlobals().get("Auth"), "Globals.HttpApi.Auth");
        }
        if (apiId instanceof Map<?, ?> ref && ref.size() == 1 && ref.get("Ref") instanceof String logicalId) {
            Optional<TemplateResource> api = template.resource(logicalId)
                    .filter(resource -> resource.is(TemplateModel.SERVERLESS_HTTP_API));
            if (api.isPresent()) {
                return read(api.get().properties().get("Auth"), "Resources." + logicalId + ".Properties.Auth");
            }
        }
        // An API defined elsewhere: its authorizers are not known here, so only the event's own Auth counts.
        return new ApiAuth(false, Optional.empty(), false, Set.of());
    }

    /** Reads only the settings that decide a route's authorizer; an authorizer's own configuration stays unresolved. */
    private ApiAuth read(Object auth, String where) {
        if (!(auth instanceof Map<?, ?> settings)) {
            return new ApiAuth(true, Optional.empty(), false, Set.of());
        }
        Optional<String> defaultAuthorizer = text(settings.get("DefaultAuthorizer"), where + ".DefaultAuthorizer");
        boolean iamEnabled = text(settings.get("EnableIamAuthorizer"), where + ".EnableIamAuthorizer")
                .map(Boolean::parseBoolean).orElse(false);
        Set<String> named = settings.get("Authorizers") instanceof Map<?, ?> authorizers
                ? authorizers.keySet().stream().map(String::valueOf).collect(Collectors.toSet())
                : Set.of();
        ApiAuth api = new ApiAuth(true, defaultAuthorizer, iamEnabled, named);
        String problem = where + ": unable to set DefaultAuthorizer because '%s' was not defined in 'Authorizers'%s";
        defaultAuthorizer.filter(name -> !api.defines(name)).ifPresent(name -> problems.add(problem.formatted(name,
                name.equals(ApiRoute.IAM_AUTHORIZER) ? " (AWS_IAM needs EnableIamAuthorizer: true)" : "")));
        return api;
    }

    private Optional<String> text(Object value, String where) {
        return value == null ? Optional.empty() : Optional.of(resolver.resolveString(value, where));
    }

    /** @param known whether the API is this template's, so that its Auth is all there is */
    private record ApiAuth(boolean known, Optional<String> defaultAuthorizer, boolean iamEnabled, Set<String> authorizerNames) {

        boolean defines(String authorizer) {
            return authorizerNames.contains(authorizer) || (iamEnabled && authorizer.equals(ApiRoute.IAM_AUTHORIZER));
        }
    }
}
