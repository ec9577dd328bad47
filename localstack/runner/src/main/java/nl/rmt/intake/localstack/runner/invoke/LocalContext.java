package nl.rmt.intake.localstack.runner.invoke;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.time.Instant;
import nl.rmt.intake.localstack.function.FunctionDefinition;

/** The Context of one local invocation; the remaining time counts down from the function's Timeout. */
final class LocalContext implements Context {

    private static final LambdaLogger LOGGER = new StdoutLambdaLogger(System.out);

    private final FunctionDefinition function;
    private final String functionArn;
    private final String requestId;
    private final Instant deadline;

    LocalContext(FunctionDefinition function, String functionArn, String requestId) {
        this.function = function;
        this.functionArn = functionArn;
        this.requestId = requestId;
        this.deadline = Instant.now().plus(function.timeout());
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + function.functionName();
    }

    @Override
    public String getLogStreamName() {
        return "local/[$LATEST]" + function.logicalId();
    }

    @Override
    public String getFunctionName() {
        return function.functionName();
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return functionArn;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, deadline.toEpochMilli() - System.currentTimeMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return function.memorySizeMb();
    }

    @Override
    public LambdaLogger getLogger() {
        return LOGGER;
    }
}
