package nl.rmt.intake.localstack.runner.invoke;

/**
 * The function threw: what Lambda reports as an "Unhandled" function error. The cause is the
 * handler's own exception.
 */
public final class FunctionFailure extends RuntimeException {

    private final String functionLogicalId;

    FunctionFailure(String functionLogicalId, Throwable cause) {
        super(functionLogicalId + " failed with " + cause.getClass().getName(), cause);
        this.functionLogicalId = functionLogicalId;
    }

    public String functionLogicalId() {
        return functionLogicalId;
    }

    /** The handler's exception class, as Lambda reports it in errorType. */
    public String errorType() {
        return getCause().getClass().getName();
    }
}
