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
import nl.rmt.intake.localstack.function.FunctionDefinition;
import nl.rmt.intake.localstack.iam.ActingFunction;
import nl.rmt.intake.localstack.iam.FunctionRole;
import nl.rmt.intake.localstack.iam.LocalArns;
import nl.rmt.intake.localstack.iam.Permission;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.template.StackSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One function of the template, running in this JVM like a warm Lambda container: its handler is
 * created once, invocations take JSON and give JSON, and one invocation runs at a time.
 */
public final class LambdaFunction {

    private static final Logger LOG = LoggerFactory.getLogger(LambdaFunction.class);

    private final FunctionDefinition definition;
    private final String arn;
    private final FunctionRole role;
    private final Handler handler;
    private boolean platformPermissionsChecked;

    private LambdaFunction(FunctionDefinition definition, String arn, FunctionRole role, Handler handler) {
        this.definition = definition;
        this.arn = arn;
        this.role = role;
        this.handler = handler;
    }

    /** As {@link #load(FunctionDefinition, StackSettings, ClassLoader, LocalArns)} for a function of no stack's resources. */
    public static LambdaFunction load(FunctionDefinition definition, StackSettings stack, ClassLoader classLoader) {
        return load(definition, stack, classLoader, new LocalArns(stack, ProvisionedResources.of(List.of())));
    }

    /**
     * Loads and instantiates the function's handler class as the function: the SDK clients it builds act with its
     * role. Call after the environment was applied: handlers read their configuration when they are created.
     */
    public static LambdaFunction load(FunctionDefinition definition, StackSettings stack, ClassLoader classLoader,
                                      LocalArns arns) {
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
        Object instance = ActingFunction.as(role, () -> instantiate(definition, handlerClass));
        return new LambdaFunction(definition, arn, role, handlerFor(definition, handlerClass, instance, classLoader));
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

    /**
     * Invokes the handler with an event in Lambda's JSON shape and returns its result as JSON
     * ({@code null} when it returned nothing).
     *
     * @throws FunctionFailure when the handler throws
     */
    public synchronized String invoke(String eventJson) {
        String requestId = UUID.randomUUID().toString();
        long started = System.nanoTime();
        Context context = new LocalContext(definition, arn, requestId);
        checkPlatformPermissions();
        try {
            // Clients a handler builds lazily, on its first invocation, act with the role too.
            String result = ActingFunction.as(role, () -> call(eventJson, context));
            LOG.info("{} requestId={} {} ms", definition.logicalId(), requestId, (System.nanoTime() - started) / 1_000_000);
            return result;
        } catch (HandlerException e) {
            Throwable cause = e.getCause() instanceof InvocationTargetException target ? target.getCause() : e.getCause();
            throw failure(requestId, started, cause);
        } catch (RuntimeException e) {
            throw failure(requestId, started, e);
        } catch (Error e) {
            // A crash of the "container": the invocation fails as a whole, as Lambda reports a runtime exit.
            throw failure(requestId, started, e);
        }
    }

    private String call(String eventJson, Context context) {
        try {
            return handler.call(eventJson, context);
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
        if (platformPermissionsChecked) {
            return;
        }
        platformPermissionsChecked = true;
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
