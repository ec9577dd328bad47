package nl.rmt.intake.localstack.runner.packaging;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The Lambda runtime's part, in a JVM of its own whose class path is one function's package: creates the handler,
 * picks its {@code handleRequest} as the runtime does (the longest: a stream handler's gets the fixture's bytes and
 * writes its own answer), or else reads each fixture into the handler's input type and writes its answer as the
 * runtime does (the runtime's event reader for Lambda event classes, plain Jackson otherwise), and prints one line
 * per fixture:
 * {@code ANSWER <json>}, or {@code THREW <exception class>} when the handler threw.
 *
 * <p>Usage: {@code PackagedFunctionRun <handler class> <fixture.json>...}.
 */
public final class PackagedFunctionRun {

    private PackagedFunctionRun() {
    }

    public static void main(String[] args) throws Exception {
        Object handler = Class.forName(args[0]).getConstructor().newInstance();
        if (handler instanceof RequestStreamHandler streamHandler) {
            for (int i = 1; i < args.length; i++) {
                ByteArrayOutputStream answer = new ByteArrayOutputStream();
                try (InputStream in = Files.newInputStream(Path.of(args[i]))) {
                    streamHandler.handleRequest(in, answer, new RunContext());
                } catch (RuntimeException | IOException thrown) {
                    System.out.println("THREW " + thrown.getClass().getName());
                    continue;
                }
                System.out.println("ANSWER " + answer.toString(StandardCharsets.UTF_8));
            }
            return;
        }
        Method method = handleRequest(handler.getClass());
        for (int i = 1; i < args.length; i++) {
            Object event;
            try (InputStream in = Files.newInputStream(Path.of(args[i]))) {
                event = serializer(method.getParameterTypes()[0], handler).fromJson(in);
            }
            Object answer;
            try {
                answer = method.invoke(handler, event, new RunContext());
            } catch (InvocationTargetException thrown) {
                System.out.println("THREW " + thrown.getCause().getClass().getName());
                continue;
            }
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            if (answer != null) {
                serializer(method.getReturnType(), handler).toJson(answer, json);
            }
            System.out.println("ANSWER " + (answer == null ? "null" : json.toString(StandardCharsets.UTF_8)));
        }
    }

    @SuppressWarnings("unchecked")
    private static PojoSerializer<Object> serializer(Class<?> type, Object handler) {
        return (PojoSerializer<Object>) (type.getName().startsWith("com.amazonaws.services.lambda.runtime.events.")
                ? LambdaEventSerializers.serializerFor(type, handler.getClass().getClassLoader())
                : JacksonFactory.getInstance().getSerializer(type));
    }

    /** The typed handleRequest, not the bridge method the compiler adds for the generic interface. */
    private static Method handleRequest(Class<?> type) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals("handleRequest") && method.getParameterCount() == 2 && !method.isBridge()) {
                return method;
            }
        }
        throw new IllegalArgumentException(type + " has no handleRequest(event, context)");
    }

    /** What the runtime passes: an id per request, the function's name and a deadline. */
    private static final class RunContext implements Context {
        private final String requestId = UUID.randomUUID().toString();
        private final long deadline = System.currentTimeMillis() + 30_000;

        @Override public String getAwsRequestId() { return requestId; }
        @Override public String getLogGroupName() { return "/aws/lambda/" + getFunctionName(); }
        @Override public String getLogStreamName() { return "packaged-function-run"; }
        @Override public String getFunctionName() { return System.getenv("AWS_LAMBDA_FUNCTION_NAME"); }
        @Override public String getFunctionVersion() { return "$LATEST"; }
        @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:eu-west-1:000000000000:function:" + getFunctionName(); }
        @Override public CognitoIdentity getIdentity() { return null; }
        @Override public ClientContext getClientContext() { return null; }
        @Override public int getRemainingTimeInMillis() { return (int) (deadline - System.currentTimeMillis()); }
        @Override public int getMemoryLimitInMB() { return Integer.parseInt(System.getenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")); }
        @Override public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override public void log(String message) { System.out.println(message); }
                @Override public void log(byte[] message) { System.out.println(new String(message, StandardCharsets.UTF_8)); }
            };
        }
    }
}
