package nl.rmt.intake.benchmarks;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Runs in a fresh JVM on a function's own package, like a new Lambda container: builds the handler (init),
 * reads the fixture into the handler's input type as the runtime does (or, for a stream handler, hands it the
 * fixture's bytes, and the runtime's event reader is not used) and invokes it (first invocation), then
 * invokes it again (warm), and prints one line: CPU time and wall time up to the end of the first invocation,
 * classes loaded and resident memory. Uses nothing of the project's code, only the Lambda interfaces, so the
 * function's package alone decides what is loaded.
 *
 * <p>Usage: {@code ColdStartProbe <handler class> <fixture.json>}.
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        long mainAtMs = System.currentTimeMillis();
        Path fixture = Path.of(args[1]);

        long initStart = System.nanoTime();
        Class<?> handlerClass = Class.forName(args[0]);
        Object handler = handlerClass.getConstructor().newInstance();
        long initNs = System.nanoTime() - initStart;

        long firstStart = System.nanoTime();
        Object firstAnswer = invoke(handler, fixture);
        long firstNs = System.nanoTime() - firstStart;
        long cpuNs = processCpuNs();
        long coldWallMs = System.currentTimeMillis() - mainAtMs + jvmStartToMainMs(mainAtMs);
        long rssMb = rssMb();

        long secondStart = System.nanoTime();
        invoke(handler, fixture);
        long secondNs = System.nanoTime() - secondStart;

        int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        System.out.printf("PROBE cpu=%.1f wall=%d init=%.1f first=%.1f warm=%.1f classes=%d rssMb=%d answer=%s%n",
                cpuNs / 1e6, coldWallMs, initNs / 1e6, firstNs / 1e6, secondNs / 1e6, classes, rssMb,
                summary(firstAnswer));
    }

    private static Object invoke(Object handler, Path fixture) throws Exception {
        if (handler instanceof RequestStreamHandler stream) {
            // As the runtime: a stream handler gets the event's bytes, and its answer's bytes are sent as they are.
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try (InputStream in = Files.newInputStream(fixture)) {
                stream.handleRequest(in, answer, new ProbeContext());
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
        Method method = handleRequest(handler.getClass());
        try (InputStream in = Files.newInputStream(fixture)) {
            Class<?> type = method.getParameterTypes()[0];
            // As the runtime: its event mix-ins for the Lambda event classes, plain Jackson for anything else.
            Object event = type.getName().startsWith("com.amazonaws.services.lambda.runtime.events.")
                    ? LambdaEventSerializers.serializerFor(type, handler.getClass().getClassLoader()).fromJson(in)
                    : JacksonFactory.getInstance().getSerializer(type).fromJson(in);
            return method.invoke(handler, event, new ProbeContext());
        }
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

    /** The JVM's start, from the kernel's record of the process, so nothing is loaded to learn it. */
    private static long jvmStartToMainMs(long mainAtMs) throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long startTicks = Long.parseLong(fields[19]);
        double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
        long bootMs = mainAtMs - (long) (uptimeSeconds * 1000);
        return mainAtMs - (bootMs + startTicks * 10);
    }

    /** CPU time of every thread of the process (JIT and GC threads included), from the scheduler, in ns. */
    private static long processCpuNs() throws IOException {
        long total = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    total += Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]);
                } catch (IOException threadEnded) {
                    // A thread that ended between the listing and the read: its time is lost either way.
                }
            }
        }
        return total;
    }

    private static long rssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static String summary(Object answer) {
        if (answer == null) {
            return "null";
        }
        String text = answer.toString().replace("\"statusCode\":", "statusCode=");
        int status = text.indexOf("statusCode=");
        String shown = status >= 0 ? text.substring(status, Math.min(text.length(), status + 14)) : answer.getClass().getSimpleName();
        return shown.replaceAll("[^\\w=]", "");
    }

    /** What the runtime passes: an id per request, the function's name and a deadline. */
    private static final class ProbeContext implements Context {
        private final String requestId = UUID.randomUUID().toString();
        private final long deadline = System.currentTimeMillis() + 20_000;

        @Override public String getAwsRequestId() { return requestId; }
        @Override public String getLogGroupName() { return "/aws/lambda/cold-start-probe"; }
        @Override public String getLogStreamName() { return "cold-start-probe"; }
        @Override public String getFunctionName() { return System.getProperty("probe.function", "cold-start-probe"); }
        @Override public String getFunctionVersion() { return "$LATEST"; }
        @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:eu-west-1:000000000000:function:" + getFunctionName(); }
        @Override public CognitoIdentity getIdentity() { return null; }
        @Override public ClientContext getClientContext() { return null; }
        @Override public int getRemainingTimeInMillis() { return (int) (deadline - System.currentTimeMillis()); }
        @Override public int getMemoryLimitInMB() { return 1024; }
        @Override public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override public void log(String message) { System.out.println(message); }
                @Override public void log(byte[] message) { System.out.println(new String(message, StandardCharsets.UTF_8)); }
            };
        }
    }
}
