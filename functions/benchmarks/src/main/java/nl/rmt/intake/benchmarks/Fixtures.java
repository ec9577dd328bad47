package nl.rmt.intake.benchmarks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The fixtures from events/, read the way the Lambda runtime reads an event. */
final class Fixtures {

    private Fixtures() {
    }

    static Path root() {
        Path dir = Path.of(System.getProperty("rmt.root", ".")).toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("template.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Run from inside the project, or set -Drmt.root");
        }
        return dir;
    }

    static APIGatewayV2HTTPEvent intake(String name) {
        return read(root().resolve("events/intakes/" + name + ".json"));
    }

    /** The monitoring role's counts request. */
    static APIGatewayV2HTTPEvent monitoringCounts() {
        return read(root().resolve("events/monitoring/counts.json"));
    }

    private static APIGatewayV2HTTPEvent read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, Fixtures.class.getClassLoader())
                    .fromJson(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}
