package nl.rmt.intake.localstack.metering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.awscore.AwsExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * Counts, while armed, the AWS requests of the functions and of their event source mappings, per service and
 * operation, and the DynamoDB capacity they consumed: what AWS would bill. Read units and the units of writes outside
 * transactions are DynamoDB Local's (it asks for them on each request; outside transactions Local counts as AWS
 * does, {@code RequestMeterTest} pins it). A transaction's write units it counts itself by AWS's rules
 * ({@link WriteUnits}), from the items' sizes before and after, read by the meter apart from the counts: Local
 * reports 4 units per KB in a transaction, where AWS bills 2, and nothing for items under another partition key.
 * What Local reported is kept beside, and every write is also broken down by item kind and index ({@link #parts()}).
 * A global SDK interceptor (listed in this module's {@code execution.interceptors}); like the IAM check, it binds
 * when a client is built to the function it is built for, so that the calls a function's code makes (inside an
 * invocation) and those Lambda makes with its role (the pollers) are told apart. Clients of no function (the
 * stack's own, a run's checks) are not counted.
 */
public final class RequestMeter implements ExecutionInterceptor {

    /** After the operation's name: a receive that found nothing. */
    public static final String EMPTY = " (empty)";
    /** The writes whose units the meter counts itself, as Local's differ from AWS's. */
    private static final Set<String> SIZED_BY_RULE = Set.of("TransactWriteItems");
    private static final ExecutionAttribute<Sizing> SIZING = new ExecutionAttribute<>("RequestMeter.sizing");
    private static final Map<String, Tally> TALLIES = new ConcurrentHashMap<>();
    private static final Map<String, Tally> PARTS = new ConcurrentHashMap<>();
    private static volatile boolean armed;
    /** Per thread: the time the meter spent reading the items a write sizes by rule, which AWS would not bill. */
    private static final ThreadLocal<long[]> OWN_NANOS = ThreadLocal.withInitial(() -> new long[1]);

    private final Optional<String> function = ActingFunction.logicalId();

    /**
     * What was counted for one caller, service and operation.
     *
     * @param writeUnits      by AWS's rules
     * @param localWriteUnits as DynamoDB Local reported them
     */
    public record Count(String caller, String service, String operation, long requests, double readUnits,
                        double writeUnits, double localWriteUnits) {
    }

    /**
     * The write units (AWS's rules) one caller's operation spent on one kind of item ({@code CASE}, {@code HISTORY},
     * {@code OUTBOX#PARTNER}, ...) or one index ({@code gsi1}, ...), and how many writes of it there were.
     */
    public record Part(String caller, String operation, String what, long writes, double writeUnits) {
    }

    private static final class Tally {
        final LongAdder requests = new LongAdder();
        final DoubleAdder readUnits = new DoubleAdder();
        final DoubleAdder writeUnits = new DoubleAdder();
        final DoubleAdder localWriteUnits = new DoubleAdder();
    }

    /** The items a write sized by rule touches, as they were before it. */
    private record Sizing(ItemReads reads, List<WrittenItems.Written> written,
                          Map<ItemReads.ItemKey, Map<String, AttributeValue>> before) {
    }

    /** Clears the counts and starts counting. */
    public static void arm() {
        TALLIES.clear();
        PARTS.clear();
        armed = true;
    }

    public static void disarm() {
        armed = false;
    }

    /**
     * The nanoseconds this thread has spent so far in the meter's own reads (before and after each write sized by
     * rule): an invocation takes its share off its billed duration, as no such read happens on AWS.
     */
    public static long ownNanos() {
        return OWN_NANOS.get()[0];
    }

    /** Every count so far, ordered by caller, service and operation. */
    public static List<Count> counts() {
        Map<String, Count> sorted = new TreeMap<>();
        TALLIES.forEach((key, tally) -> {
            String[] parts = key.split("\t", -1);
            sorted.put(key, new Count(parts[0], parts[1], parts[2], tally.requests.sum(), tally.readUnits.sum(),
                    tally.writeUnits.sum(), tally.localWriteUnits.sum()));
        });
        return List.copyOf(sorted.values());
    }

    /** Every write's units by item kind and index so far, ordered by caller, operation and what. */
    public static List<Part> parts() {
        Map<String, Part> sorted = new TreeMap<>();
        PARTS.forEach((key, tally) -> {
            String[] parts = key.split("\t", -1);
            sorted.put(key, new Part(parts[0], parts[1], parts[2], tally.requests.sum(), tally.writeUnits.sum()));
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
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (SIZED_BY_RULE.contains(operation)) {
            long started = System.nanoTime();
            ItemReads reads = reads(attributes);
            List<WrittenItems.Written> written = WrittenItems.of(context.request(), reads);
            attributes.putAttribute(SIZING, new Sizing(reads, written,
                    reads.items(written.stream().map(WrittenItems.Written::key).toList())));
            OWN_NANOS.get()[0] += System.nanoTime() - started;
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
        List<ConsumedCapacity> reported = CapacityRequests.consumed(response);
        for (ConsumedCapacity consumed : reported) {
            double units = consumed.capacityUnits() == null ? 0 : consumed.capacityUnits();
            (read ? tally.readUnits : tally.localWriteUnits).add(units);
        }
        if (read) {
            return;
        }
        Sizing sizing = attributes.getAttribute(SIZING);
        long started = System.nanoTime();
        List<WriteUnits.Part> parts = sizing != null ? byRule(sizing)
                : asReported(context.request(), reported, attributes);
        OWN_NANOS.get()[0] += System.nanoTime() - started;
        for (WriteUnits.Part part : parts) {
            tally.writeUnits.add(part.units());
            Tally partTally = PARTS.computeIfAbsent(caller.get() + "\t" + operation + "\t" + part.what(),
                    key -> new Tally());
            partTally.requests.increment();
            partTally.writeUnits.add(part.units());
        }
    }

    /** A write's units as Local reported them, on the item (by its kind) and on each index. */
    private static List<WriteUnits.Part> asReported(SdkRequest request, List<ConsumedCapacity> reported,
                                                    ExecutionAttributes attributes) {
        if (reported.isEmpty()) {
            return List.of();
        }
        ItemReads reads = reads(attributes);
        List<WrittenItems.Written> written = WrittenItems.of(request, reads);
        if (written.size() != 1) {
            return reported.stream().map(consumed -> new WriteUnits.Part("other",
                    consumed.capacityUnits() == null ? 0 : consumed.capacityUnits())).toList();
        }
        ItemReads.ItemKey key = written.get(0).key();
        String kind = WriteUnits.kind(reads.shape(key.table()), key.key());
        ConsumedCapacity consumed = reported.get(0);
        List<WriteUnits.Part> parts = new ArrayList<>();
        parts.add(new WriteUnits.Part(kind, consumed.table() != null ? consumed.table().capacityUnits()
                : consumed.capacityUnits()));
        consumed.globalSecondaryIndexes().forEach((index, capacity) -> {
            if (capacity.capacityUnits() != null && capacity.capacityUnits() > 0) {
                parts.add(new WriteUnits.Part(index, capacity.capacityUnits()));
            }
        });
        return parts;
    }

    /** The meter's own reader for the endpoint and region the call went to. */
    private static ItemReads reads(ExecutionAttributes attributes) {
        return ItemReads.at(attributes.getAttribute(SdkExecutionAttribute.CLIENT_ENDPOINT),
                attributes.getAttribute(AwsExecutionAttribute.AWS_REGION).id());
    }

    private static List<WriteUnits.Part> byRule(Sizing sizing) {
        Map<ItemReads.ItemKey, Map<String, AttributeValue>> after = sizing.reads().items(sizing.written().stream()
                .filter(WrittenItems.Written::readAfter).map(WrittenItems.Written::key).toList());
        List<WriteUnits.Part> parts = new ArrayList<>();
        for (WrittenItems.Written written : sizing.written()) {
            Map<String, AttributeValue> now = written.put() != null ? written.put()
                    : written.deleted() ? null : after.get(written.key());
            parts.addAll(WriteUnits.of(sizing.reads().shape(written.key().table()), written.key().key(),
                    sizing.before().get(written.key()), now, true));
        }
        return parts;
    }
}
