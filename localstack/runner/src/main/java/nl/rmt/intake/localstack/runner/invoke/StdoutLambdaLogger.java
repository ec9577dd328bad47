package nl.rmt.intake.localstack.runner.invoke;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Writes what a function logs through its Context to standard output, as Lambda writes it to CloudWatch. */
final class StdoutLambdaLogger implements LambdaLogger {

    private final PrintStream out;

    StdoutLambdaLogger(PrintStream out) {
        this.out = out;
    }

    @Override
    public void log(String message) {
        out.print(message);
        out.flush();
    }

    @Override
    public void log(byte[] message) {
        log(new String(message, StandardCharsets.UTF_8));
    }
}
