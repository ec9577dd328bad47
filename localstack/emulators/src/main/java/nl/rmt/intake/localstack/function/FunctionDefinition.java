package nl.rmt.intake.localstack.function;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rmt.intake.localstack.iam.IamPolicy;

/**
 * An AWS::Serverless::Function as the local stack runs it: Globals merged, intrinsic functions resolved.
 *
 * @param handler     as written: {@code pkg.Class::method} or {@code pkg.Class}
 * @param environment Environment.Variables, resolved to text, in template order
 * @param deadLetterQueueArn the SQS DeadLetterQueue of asynchronous invocations that failed every attempt
 * @param activeTracing whether {@code Tracing} is {@code Active}: Lambda then sends traces with the role
 * @param policy      the function's execution role, resolved to local ARNs
 * @param reservedConcurrency ReservedConcurrentExecutions, when declared: at most this many instances at once
 */
public record FunctionDefinition(
        String logicalId,
        String functionName,
        String handler,
        Optional<String> codeUri,
        Optional<String> runtime,
        Duration timeout,
        int memorySizeMb,
        Map<String, String> environment,
        List<FunctionEvent> events,
        Optional<String> deadLetterQueueArn,
        boolean activeTracing,
        IamPolicy policy,
        Optional<Integer> reservedConcurrency) {

    public FunctionDefinition {
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        events = List.copyOf(events);
    }

    public String handlerClassName() {
        int separator = handler.indexOf("::");
        return separator < 0 ? handler : handler.substring(0, separator);
    }

    public Optional<String> handlerMethodName() {
        int separator = handler.indexOf("::");
        return separator < 0 ? Optional.empty() : Optional.of(handler.substring(separator + 2));
    }

    public <T extends FunctionEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
