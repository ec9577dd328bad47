package nl.rmt.intake.localstack.metering;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import nl.rmt.intake.localstack.iam.ActingFunction;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * Counts, while armed, the AWS requests of the functions and of their event source mappings, per service and
 * operation, and the DynamoDB capacity they consumed (it asks DynamoDB for it on each request): what AWS would bill.
 * A global SDK interceptor (listed in this module's {@code execution.interceptors}); like the IAM check, it binds
 * when a client is built to the function it is built for, so that the calls a function's code makes (inside an
 * invocation) and those Lambda makes with its role (the pollers) are told apart. Clients of no function (the
 * stack's own, a run's checks) are not counted.
 */
public final class RequestMeter implements ExecutionInterceptor {

    /** After the operation's name: a receive that found nothing. */
    public static final String EMPTY = " (empty)";
    private static final Map<String, Tally> TALLIES = new ConcurrentHashMap<>();
    private static volatile boolean armed;

    private final Optional<String> function = ActingFunction.logicalId();

    /** What was counted for one caller, service and operation. */
    public record Count(String caller, String service, String operation, long requests, double readUnits,
                        double writeUnits) {
    }

    private static final class Tally {
        final LongAdder requests = new LongAdder();
        final DoubleAdder readUnits = new DoubleAdder();
        final DoubleAdder writeUnits = new DoubleAdder();
    }

    /** Clears the counts and starts counting. */
    public static void arm() {
        TALLIES.clear();
        armed = true;
    }

    public static void disarm() {
        armed = false;
    }

    /** Every count so far, ordered by caller, service and operation. */
    public static List<Count> counts() {
        Map<String, Count> sorted = new TreeMap<>();
        TALLIES.forEach((key, tally) -> {
            String[] parts = key.split("\t", -1);
            sorted.put(key, new Count(parts[0], parts[1], parts[2], tally.requests.sum(), tally.readUnits.sum(),
                    tally.writeUnits.sum()));
        });
        return List.copyOf(sorted.values());
    }

    /**
     * The caller of a call: {@code SubmitIntakeFunction} for its code, {@code SubmitIntakeFunction (event source
     * mapping)} for Lambda's own calls with its role.
     */
    private Optional<String> caller() {
        if (function.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ActingFunction.logicalId().isPresent() ? function.get()
                : function.get() + " (event source mapping)");
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (!armed || function.isEmpty()) {
            return context.request();
        }
        return CapacityRequests.withConsumedCapacity(context.request(), ReturnConsumedCapacity.INDEXES);
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        Optional<String> caller = caller();
        if (!armed || caller.isEmpty()) {
            return;
        }
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        SdkResponse response = context.response();
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (response instanceof ReceiveMessageResponse received && received.messages().isEmpty()) {
            // Kept apart: the local pollers short-poll an empty queue, where Lambda waits in a long poll.
            operation += EMPTY;
        }
        Tally tally = TALLIES.computeIfAbsent(caller.get() + "\t" + service + "\t" + operation, key -> new Tally());
        tally.requests.increment();
        boolean read = CapacityRequests.isRead(operation);
        for (ConsumedCapacity consumed : CapacityRequests.consumed(response)) {
            double units = consumed.capacityUnits() == null ? 0 : consumed.capacityUnits();
            (read ? tally.readUnits : tally.writeUnits).add(units);
        }
    }
}
