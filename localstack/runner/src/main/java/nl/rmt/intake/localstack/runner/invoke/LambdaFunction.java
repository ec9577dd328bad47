package nl.rmt.intake.localstack.runner.invoke;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import nl.rmt.intake.localstack.function.FunctionDefinition;
import nl.rmt.intake.localstack.iam.ActingFunction;
import nl.rmt.intake.localstack.iam.FunctionRole;
import nl.rmt.intake.localstack.iam.LocalArns;
import nl.rmt.intake.localstack.iam.Permission;
import nl.rmt.intake.localstack.metering.RequestMeter;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.template.StackSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One function of the template, running in this JVM as Lambda runs it: up to {@link Concurrency} instances, each
 * with its own handler object created once (its init) and handling one invocation at a time; invocations take
 * JSON and give JSON. The first instance is created at load, so that a handler that cannot start fails the start.
 * Unlike Lambda, the instances share one JVM: a handler's static state is shared by all of them.
 */
public final class LambdaFunction {

    private static final Logger LOG = LoggerFactory.getLogger(LambdaFunction.class);

    private final FunctionDefinition definition;
    private final String arn;
    private final FunctionRole role;
    private final InstancePool<Handler> instances;
    private final AtomicBoolean platformPermissionsChecked = new AtomicBoolean();
    private final LongAdder invocations = new LongAdder();
    private final LongAdder billedMillis = new LongAdder();

    private LambdaFunction(FunctionDefinition definition, String arn, FunctionRole role, InstancePool<Handler> instances) {
        this.definition = definition;
        this.arn = arn;
        this.role = role;
        this.instances = instances;
    }

    /** As {@link #load(FunctionDefinition, StackSettings, ClassLoader, LocalArns)} for a function of no stack's resources. */
    public static LambdaFunction load(FunctionDefinition definition, StackSettings stack, ClassLoader classLoader) {
        return load(definition, stack, classLoader, new LocalArns(stack, ProvisionedResources.of(List.of())));
    }

    /** As {@link #load(FunctionDefinition, StackSettings, ClassLoader, LocalArns, int)} with the {@link Concurrency} setting. */
    public static LambdaFunction load(FunctionDefinition definition, StackSettings stack, ClassLoader classLoader,
                                      LocalArns arns) {
        return load(definition, stack, classLoader, arns, Concurrency.setting());
    }

    /**
     * Loads and instantiates the function's handler class as the function: the SDK clients it builds act with its
     * role. Call after the environment was applied: handlers read their configuration when they are created.
     * {@code concurrency} is the setting; a lower ReservedConcurrentExecutions wins.
     */
    public static LambdaFunction load(FunctionDefinition definition, StackSettings stack, ClassLoader classLoader,
                                      LocalArns arns, int concurrency) {
        FunctionRole role = new FunctionRole(definition.logicalId(), definition.functionName(), definition.policy(), arns);
        String arn = "arn:" + stack.partition() + ":lambda:" + stack.region() + ":" + stack.accountId()
                + ":function:" + definition.functionName();
        Class<?> handlerClass;
        try {
            handlerClass = Class.forName(definition.handlerClassName(), true, classLoader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(definition.logicalId() + ": handler class " + definition.handlerClassName()
                    + " is not on the class path", e);
        }
        Supplier<Handler> initialise = () -> handlerFor(definition, handlerClass,
                ActingFunction.as(role, () -> instantiate(definition, handlerClass)), classLoader);
        InstancePool<Handler> instances = new InstancePool<>(definition.logicalId(),
                Concurrency.of(definition, concurrency), initialise);
        instances.add(initialise.get());
        return new LambdaFunction(definition, arn, role, instances);
    }

    public FunctionDefinition definition() {
        return definition;
    }

    public String arn() {
        return arn;
    }

    /** The function's execution role: the event source pollers act with it too. */
    public FunctionRole role() {
        return role;
    }

    /** The most instances it may have at once: the setting, or its reserved concurrency when lower. */
    public int concurrency() {
        return instances.limit();
    }

    /** Invocations so far, and their durations rounded up to the millisecond each, as Lambda bills them. */
    public Usage usage() {
        return new Usage(invocations.sum(), billedMillis.sum());
    }

    /** What a function was invoked for: invocations and billed milliseconds. */
    public record Usage(long invocations, long billedMillis) {

        public Usage minus(Usage earlier) {
            return new Usage(invocations - earlier.invocations, billedMillis - earlier.billedMillis);
        }
    }

    /** Instances initialised so far (each a cold start on AWS). */
    public int instancesInitialised() {
        return instances.initialised();
    }

    /**
     * Invokes the handler with an event in Lambda's JSON shape and returns its result as JSON ({@code null} when it
     * returned nothing), waiting for a free instance when all are busy, as an event source mapping or a direct
     * caller of this runtime does.
     *
     * @throws FunctionFailure   when the handler throws
     * @throws FunctionThrottled when the function's reserved concurrency is 0
     */
    public String invoke(String eventJson) {
        return invokeOn(instances.awaitInstance(), eventJson);
    }

    /**
     * As {@link #invoke}, but throttled at once when every instance the function may have is busy, as Lambda
     * answers a synchronous invocation (API Gateway's request) then.
     *
     * @throws FunctionThrottled when no instance is free and no more may be created
     */
    public String invokeUnlessThrottled(String eventJson) {
        return invokeOn(instances.instanceOrThrottle(), eventJson);
    }

    private String invokeOn(Handler instance, String eventJson) {
        String requestId = UUID.randomUUID().toString();
        long started = System.nanoTime();
        long metering = RequestMeter.ownNanos();
        Context context = new LocalContext(definition, arn, requestId);
        checkPlatformPermissions();
        try {
            return invokeTimed(instance, eventJson, requestId, context, started);
        } finally {
            invocations.increment();
            // The request meter's own reads are no part of the function's work, nor of what AWS would bill.
            long took = System.nanoTime() - started - (RequestMeter.ownNanos() - metering);
            billedMillis.add((took + 999_999) / 1_000_000);
        }
    }

    private String invokeTimed(Handler instance, String eventJson, String requestId, Context context, long started) {
        try {
            // Clients a handler builds lazily, on its first invocation, act with the role too.
            String result = ActingFunction.as(role, () -> call(instance, eventJson, context));
            LOG.debug("{} requestId={} {} ms", definition.logicalId(), requestId, (System.nanoTime() - started) / 1_000_000);
            instances.release(instance);
            return result;
        } catch (HandlerException e) {
            Throwable cause = e.getCause() instanceof InvocationTargetException target ? target.getCause() : e.getCause();
            throw failed(instance, requestId, started, cause);
        } catch (RuntimeException | Error e) {
            throw failed(instance, requestId, started, e);
        }
    }

    private FunctionFailure failed(Handler instance, String requestId, long started, Throwable cause) {
        if (cause instanceof Error) {
            // A crash of the "container": the invocation fails as a whole, as Lambda reports a runtime exit, and
            // Lambda starts a fresh instance for the next one.
            instances.discard();
        } else {
            instances.release(instance);
        }
        return failure(requestId, started, cause);
    }

    private static String call(Handler instance, String eventJson, Context context) {
        try {
            return instance.call(eventJson, context);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new HandlerException(e);
        }
    }

    /**
     * Lambda writes the function's log lines (and, with active tracing, its traces) with the function's role. Without
     * those permissions AWS runs the function but loses what it writes, so a missing one is reported, not failed.
     */
    private void checkPlatformPermissions() {
        if (!platformPermissionsChecked.compareAndSet(false, true)) {
            return;
        }
        List<Permission> platform = new ArrayList<>();
        String logStream = role.arns().logStream(definition.functionName());
        platform.add(new Permission("logs:CreateLogStream", logStream));
        platform.add(new Permission("logs:PutLogEvents", logStream));
        if (definition.activeTracing()) {
            platform.add(new Permission("xray:PutTraceSegments", "*"));
            platform.add(new Permission("xray:PutTelemetryRecords", "*"));
        }
        for (Permission permission : platform) {
            if (!role.exercise(permission)) {
                LOG.warn("{}: its role does not allow {}; on AWS what it writes there would be lost",
                        definition.logicalId(), permission);
            }
        }
    }

    /** A checked exception of the handler, carried through the role's scope. */
    private static final class HandlerException extends RuntimeException {
        HandlerException(Exception cause) {
            super(cause);
        }
    }

    private FunctionFailure failure(String requestId, long started, Throwable cause) {
        LOG.warn("{} requestId={} {} ms failed", definition.logicalId(), requestId,
                (System.nanoTime() - started) / 1_000_000, cause);
        return new FunctionFailure(definition.logicalId(), cause);
    }

    private static Object instantiate(FunctionDefinition definition, Class<?> handlerClass) {
        try {
            return handlerClass.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(definition.logicalId() + ": " + handlerClass.getName()
                    + " needs a public no-argument constructor, as Lambda does", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(definition.logicalId() + ": creating " + handlerClass.getName()
                    + " failed (is the environment applied?)", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(definition.logicalId() + ": cannot create " + handlerClass.getName(), e);
        }
    }

    private static Handler handlerFor(FunctionDefinition definition, Class<?> handlerClass, Object instance,
                                      ClassLoader classLoader) {
        String method = definition.handlerMethodName().orElse("handleRequest");
        if (method.equals("handleRequest") && instance instanceof RequestStreamHandler streamHandler) {
            return (json, context) -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                streamHandler.handleRequest(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), out, context);
                return out.size() == 0 ? null : out.toString(StandardCharsets.UTF_8);
            };
        }
        if (method.equals("handleRequest") && instance instanceof RequestHandler<?, ?>) {
            Type[] types = HandlerTypes.typeArguments(handlerClass, RequestHandler.class)
                    .orElse(new Type[] {Object.class, Object.class});
            Method handleRequest = publicMethod(definition, handlerClass, method);
            return typedHandler(instance, handleRequest, types[0], types[1], classLoader);
        }
        Method pojoMethod = publicMethod(definition, handlerClass, method);
        Type output = pojoMethod.getGenericReturnType();
        return typedHandler(instance, pojoMethod, pojoMethod.getGenericParameterTypes()[0], output, classLoader);
    }

    /** A RequestHandler or a plain method taking (input) or (input, Context). */
    private static Handler typedHandler(Object instance, Method method, Type input, Type output, ClassLoader classLoader) {
        PojoSerializer<Object> inputSerializer = LambdaSerialization.serializerFor(input, classLoader);
        boolean returnsNothing = output == void.class || output == Void.class;
        PojoSerializer<Object> outputSerializer = returnsNothing ? null : LambdaSerialization.serializerFor(output, classLoader);
        boolean takesContext = method.getParameterCount() == 2;
        method.setAccessible(true);
        return (json, context) -> {
            Object event = inputSerializer.fromJson(json);
            Object result = takesContext ? method.invoke(instance, event, context) : method.invoke(instance, event);
            return result == null || outputSerializer == null ? null : LambdaSerialization.toJson(outputSerializer, result);
        };
    }

    private static Method publicMethod(FunctionDefinition definition, Class<?> handlerClass, String name) {
        // Lambda prefers the (input, Context) form when a class has both; bridge methods from generics are skipped.
        return Arrays.stream(handlerClass.getMethods())
                .filter(method -> method.getName().equals(name) && !method.isBridge() && !method.isSynthetic())
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .filter(method -> method.getParameterCount() == 1
                        || (method.getParameterCount() == 2 && method.getParameterTypes()[1] == Context.class))
                .max((first, second) -> Integer.compare(first.getParameterCount(), second.getParameterCount()))
                .orElseThrow(() -> new IllegalStateException(definition.logicalId() + ": " + handlerClass.getName()
                        + " has no public method " + name + "(input[, Context])"));
    }

    @FunctionalInterface
    private interface Handler {
        String call(String eventJson, Context context) throws Exception;
    }
}
