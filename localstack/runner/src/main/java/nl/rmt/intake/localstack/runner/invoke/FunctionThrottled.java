package nl.rmt.intake.localstack.runner.invoke;

/**
 * Every instance the function may have is busy: Lambda's {@code TooManyRequestsException} (API Gateway answers
 * 429), thrown before the function sees the event.
 */
public final class FunctionThrottled extends RuntimeException {

    private final String functionLogicalId;

    FunctionThrottled(String functionLogicalId, int concurrency) {
        super(functionLogicalId + ": all " + concurrency + " instances busy (Rate Exceeded.)");
        this.functionLogicalId = functionLogicalId;
    }

    public String functionLogicalId() {
        return functionLogicalId;
    }
}
