package nl.rmt.intake.localstack.emulator;

import java.net.URI;
import org.elasticmq.NodeAddress;
import org.elasticmq.StrictSQSLimits$;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/** ElasticMQ speaking the SQS API on the loopback interface inside this JVM. */
public final class ElasticMqServer implements AutoCloseable {

    private final SQSRestServer server;
    private final int port;

    private ElasticMqServer(SQSRestServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts on {@code requestedPort}, or on a free port when it is 0. Region and account make the queue
     * ARNs look like the ones the template's redrive policies and event sources name.
     */
    public static ElasticMqServer start(int requestedPort, String region, String accountId) {
        return FreePort.start(requestedPort, "ElasticMQ", port -> startOn(port, region, accountId));
    }

    private static ElasticMqServer startOn(int port, String region, String accountId) {
        // A fixed server address keeps queue URLs independent of the Host header a client happens to send.
        SQSRestServer server = SQSRestServerBuilder
                .withPort(port)
                .withInterface("127.0.0.1")
                .withServerAddress(new NodeAddress("http", "127.0.0.1", port, ""))
                .withAWSRegion(region)
                .withAWSAccountId(accountId)
                // As strict as SQS: a body of at most 1 MiB, batches of at most 10, waits of at most 20 s, valid names.
                .withSQSLimits(StrictSQSLimits$.MODULE$)
                .start();
        try {
            server.waitUntilStarted();
        } catch (Exception e) {
            // A failed bind still leaves an actor system running; a retry on another port would add one more.
            stopQuietly(server);
            throw new IllegalStateException("ElasticMQ did not start on port " + port, e);
        }
        return new ElasticMqServer(server, port);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        server.stopAndWait();
    }

    private static void stopQuietly(SQSRestServer server) {
        try {
            server.stopAndWait();
        } catch (Exception alreadyBroken) {
            // Nothing more to release.
        }
    }
}
