package nl.rmt.intake.localstack.runner.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.localstack.metering.RequestMeter;
import nl.rmt.intake.localstack.runner.invoke.LambdaFunction;

/**
 * Dollars per 1,000 intakes from what the load run counted: each function's invocations and billed milliseconds
 * at its memory size, the HTTP API's requests, DynamoDB's read and write units (table and indexes, by AWS's rules:
 * {@link RequestMeter}), SQS
 * and SES requests, and the bytes the functions would log. Public on-demand prices of eu-west-1 (Ireland), read on
 * 2026-12-03 from the services' pricing pages; free tiers left out.
 */
final class CostModel {

    static final double LAMBDA_PER_REQUEST = 0.20 / 1_000_000;
    /** Arm (Graviton), as the template deploys. */
    static final double LAMBDA_PER_GB_SECOND = 0.0000133334;
    static final double HTTP_API_PER_REQUEST = 1.11 / 1_000_000;
    static final double DYNAMODB_PER_WRITE_UNIT = 0.7063 / 1_000_000;
    static final double DYNAMODB_PER_READ_UNIT = 0.1413 / 1_000_000;
    static final double SQS_FIFO_PER_REQUEST = 0.50 / 1_000_000;
    static final double SES_PER_EMAIL = 0.10 / 1_000;
    static final double LOGS_PER_GB_INGESTED = 0.57;
    /** START, END and REPORT (with its X-Ray line), which Lambda writes for every invocation. */
    static final int PLATFORM_LOG_BYTES_PER_INVOCATION = 420;

    /** One priced line: what, how many per intake, dollars per 1,000 intakes. */
    record Line(String what, double perIntake, String unit, double dollarsPerThousand) {
    }

    private final List<Line> lines = new ArrayList<>();

    CostModel(int intakes, Map<LambdaFunction, LambdaFunction.Usage> usage, long apiRequests,
              List<RequestMeter.Count> requests, long logBytes, long emails) {
        long invocations = 0;
        for (Map.Entry<LambdaFunction, LambdaFunction.Usage> function : usage.entrySet()) {
            LambdaFunction.Usage used = function.getValue();
            if (used.invocations() == 0) {
                continue;
            }
            invocations += used.invocations();
            int memory = function.getKey().definition().memorySizeMb();
            double gbSeconds = used.billedMillis() / 1000.0 * memory / 1024.0;
            add(String.format("Lambda %s (%d MB, %.1f ms billed on average)", function.getKey().definition().logicalId(),
                            memory, used.billedMillis() / (double) used.invocations()),
                    used.invocations() / (double) intakes, "invocations",
                    (used.invocations() * LAMBDA_PER_REQUEST + gbSeconds * LAMBDA_PER_GB_SECOND) * 1000 / intakes);
        }
        add("HTTP API requests", apiRequests / (double) intakes, "requests",
                apiRequests * HTTP_API_PER_REQUEST * 1000 / intakes);
        double reads = requests.stream().mapToDouble(RequestMeter.Count::readUnits).sum();
        double writes = requests.stream().mapToDouble(RequestMeter.Count::writeUnits).sum();
        double localWrites = requests.stream().mapToDouble(RequestMeter.Count::localWriteUnits).sum();
        add("DynamoDB read request units (table and indexes)", reads / intakes, "RRU",
                reads * DYNAMODB_PER_READ_UNIT * 1000 / intakes);
        add(String.format("DynamoDB write request units (table and indexes, AWS's rules; Local reported %.2f)",
                        localWrites / intakes), writes / intakes, "WRU",
                writes * DYNAMODB_PER_WRITE_UNIT * 1000 / intakes);
        long sqs = requests.stream().filter(count -> count.service().equalsIgnoreCase("sqs"))
                .filter(count -> !idlePolling(count)).mapToLong(RequestMeter.Count::requests).sum();
        add("SQS requests (sends, and the event source mapping's receives and deletes)", sqs / (double) intakes,
                "requests", sqs * SQS_FIFO_PER_REQUEST * 1000 / intakes);
        add("SES emails", emails / (double) intakes, "emails", emails * SES_PER_EMAIL * 1000 / intakes);
        double bytes = logBytes + (double) invocations * PLATFORM_LOG_BYTES_PER_INVOCATION;
        add("CloudWatch Logs ingested (the functions' JSON lines, metric documents, Lambda's own lines)",
                bytes / intakes, "bytes", bytes / 1e9 * LOGS_PER_GB_INGESTED * 1000 / intakes);
    }

    /**
     * The local pollers' checks of an idle queue (empty short polls, queue attributes): on AWS the event source
     * mapping long-polls instead, a fixed cost per queue and month whatever the number of intakes.
     */
    static boolean idlePolling(RequestMeter.Count count) {
        return count.caller().endsWith("(event source mapping)")
                && (count.operation().endsWith(RequestMeter.EMPTY) || count.operation().equals("GetQueueAttributes"));
    }

    private void add(String what, double perIntake, String unit, double dollarsPerThousand) {
        lines.add(new Line(what, perIntake, unit, dollarsPerThousand));
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    double dollarsPerThousand() {
        return lines.stream().mapToDouble(Line::dollarsPerThousand).sum();
    }

    String text() {
        StringBuilder text = new StringBuilder("cost per 1,000 intakes (eu-west-1 on-demand prices of 2026-12-03):\n");
        for (Line line : lines) {
            text.append(String.format("  %-100s %10.3f %-11s $%.4f%n", line.what(), line.perIntake(), line.unit(),
                    line.dollarsPerThousand()));
        }
        return text.append(String.format("  %-100s %22s $%.4f", "total", "", dollarsPerThousand())).toString();
    }
}
