package nl.rmt.intake.localstack.emulator;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.net.URI;

/** DynamoDB Local (with DynamoDB Streams) as an in-memory HTTP server inside this JVM. */
public final class DynamoDbLocalServer implements AutoCloseable {

    private final DynamoDBProxyServer server;
    private final int port;

    private DynamoDbLocalServer(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts on {@code requestedPort}, or on a free port when it is 0. */
    public static DynamoDbLocalServer start(int requestedPort) {
        SqliteNativeLibrary.install();
        return FreePort.start(requestedPort, "DynamoDB Local", DynamoDbLocalServer::startOn);
    }

    private static DynamoDbLocalServer startOn(int port) {
        DynamoDBProxyServer server;
        try {
            // Telemetry is off by flag: DynamoDB Local reads no system property for it, only DDB_LOCAL_TELEMETRY.
            server = ServerRunner.createServerFromCommandLineArgs(new String[] {
                "-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local rejected its arguments", e);
        }
        try {
            server.start();
            return new DynamoDbLocalServer(server, port);
        } catch (Exception e) {
            stopQuietly(server);
            throw new IllegalStateException("DynamoDB Local did not start on port " + port, e);
        }
    }

    private static void stopQuietly(DynamoDBProxyServer server) {
        try {
            server.stop();
        } catch (Exception alreadyBroken) {
            // Nothing more to release.
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop", e);
        }
    }
}
