package nl.rmt.intake.localstack.runner.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rmt.intake.localstack.function.ApiRoute;
import nl.rmt.intake.localstack.runner.invoke.LambdaFunction;

/**
 * One HttpApi route and the function behind it. Path templates use API Gateway's syntax:
 * {@code {name}} matches one segment, a final {@code {name+}} matches the rest of the path.
 */
record Route(ApiRoute api, LambdaFunction function, List<String> segments) {

    static Route of(ApiRoute api, LambdaFunction function) {
        return new Route(api, function, split(api.path()));
    }

    /** Path parameters by name when {@code rawPath} fits this route's template. */
    Optional<Map<String, String>> match(String rawPath) {
        List<String> actual = split(rawPath);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String template = segments.get(i);
            if (isGreedy(template)) {
                if (i >= actual.size()) {
                    return Optional.empty();
                }
                parameters.put(name(template), decode(String.join("/", actual.subList(i, actual.size()))));
                return Optional.of(parameters);
            }
            if (i >= actual.size()) {
                return Optional.empty();
            }
            if (isVariable(template)) {
                parameters.put(name(template), decode(actual.get(i)));
            } else if (!template.equals(actual.get(i))) {
                return Optional.empty();
            }
        }
        return actual.size() == segments.size() ? Optional.of(parameters) : Optional.empty();
    }

    boolean allows(String method) {
        return api.method().equals("ANY") || api.method().equals(method);
    }

    /**
     * API Gateway prefers the most specific route: fewer variables, then no greedy variable.
     * Lower sorts first.
     */
    int specificity() {
        int variables = (int) segments.stream().filter(Route::isVariable).count();
        boolean greedy = segments.stream().anyMatch(Route::isGreedy);
        return (greedy ? 1000 : 0) + variables * 10 - segments.size();
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    private static boolean isGreedy(String segment) {
        return isVariable(segment) && segment.endsWith("+}");
    }

    private static String name(String segment) {
        return segment.substring(1, segment.length() - (isGreedy(segment) ? 2 : 1));
    }

    private static List<String> split(String path) {
        return Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
