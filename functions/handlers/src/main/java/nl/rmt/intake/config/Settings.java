package nl.rmt.intake.config;

import java.util.Optional;

/**
 * A function's configuration: its environment variables, as template.yaml sets them. A JVM system property of
 * the same name stands in for a variable, so functions invoked in process by the embedded stack can be configured.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> optional(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static String required(String name) {
        return optional(name).orElseThrow(() -> new IllegalStateException(
                "Environment variable " + name + " is not set; template.yaml sets it for every function that needs it"));
    }
}
