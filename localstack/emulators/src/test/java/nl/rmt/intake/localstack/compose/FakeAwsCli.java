package nl.rmt.intake.localstack.compose;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a generated init script with a stand-in {@code awslocal} that records every call, one line each, and answers
 * like LocalStack would: "not found" to describe calls (unless the resource is meant to exist) and success otherwise.
 */
final class FakeAwsCli {

    private static final String AWSLOCAL = """
            #!/usr/bin/env bash
            call="$*"
            printf '%s\\n' "${call//$'\\n'/ }" >> "$FAKE_AWS_LOG"
            if [ -n "$FAKE_AWS_FAIL" ] && [[ "$call" == *"$FAKE_AWS_FAIL"* ]]; then
              printf '\nAn error occurred (%s) when calling the %s operation\n' "$FAKE_AWS_ERROR" "$4" >&2
              exit 254
            fi
            case "$call" in
              *"describe-time-to-live"*)
                [ "$FAKE_AWS_EXISTING" = "all" ] && echo "ENABLED"
                exit 0 ;;
              *"describe-table"* | *"describe-configuration-set --configuration-set-name"*)
                if [ "$FAKE_AWS_EXISTING" = "all" ]; then
                  [[ "$call" == *eventDestinations* ]] && echo "to-topic"
                  exit 0
                fi
                [[ "$call" == *eventDestinations* ]] && { echo "None"; exit 0; }
                exit 254 ;;
            esac
            exit 0
            """;

    record Run(int exitCode, List<String> calls, String output) {

        int indexOf(String fragment) {
            for (int i = 0; i < calls.size(); i++) {
                if (calls.get(i).contains(fragment)) {
                    return i;
                }
            }
            throw new AssertionError("No call contains '" + fragment + "': " + calls);
        }
    }

    private FakeAwsCli() {
    }

    /**
     * @param existing "all" to answer every describe call as if the resource existed, else ""
     * @param failOn   a fragment of the calls that fail, or ""
     */
    static Run run(String script, Path folder, String existing, String failOn) throws IOException, InterruptedException {
        return run(script, folder, existing, failOn, "InvalidAttributeName");
    }

    /** As {@link #run(String, Path, String, String)}, the failing calls answering with the error code {@code error}. */
    static Run run(String script, Path folder, String existing, String failOn, String error)
            throws IOException, InterruptedException {
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path awslocal = bin.resolve("awslocal");
        Files.writeString(awslocal, AWSLOCAL, StandardCharsets.UTF_8);
        awslocal.toFile().setExecutable(true);
        Path scriptFile = folder.resolve("10-resources.sh");
        Files.writeString(scriptFile, script, StandardCharsets.UTF_8);
        Path log = folder.resolve("calls.log");
        Files.writeString(log, "");
        ProcessBuilder builder = new ProcessBuilder("bash", scriptFile.toString()).redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("FAKE_AWS_LOG", log.toString());
        builder.environment().put("FAKE_AWS_EXISTING", existing);
        builder.environment().put("FAKE_AWS_FAIL", failOn);
        builder.environment().put("FAKE_AWS_ERROR", error);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The init script did not finish within 60 s: " + output);
        }
        return new Run(process.exitValue(), Files.readAllLines(log), output);
    }
}
