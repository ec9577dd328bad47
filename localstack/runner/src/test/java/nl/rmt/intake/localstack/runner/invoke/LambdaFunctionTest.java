package nl.rmt.intake.localstack.runner.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rmt.intake.localstack.function.FunctionDefinition;
import nl.rmt.intake.localstack.iam.IamPolicy;
import nl.rmt.intake.localstack.iam.LocalArns;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.template.StackSettings;
import org.junit.jupiter.api.Test;

class LambdaFunctionTest {

    public static class Uppercase implements RequestStreamHandler {
        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
            output.write(new String(input.readAllBytes()).toUpperCase().getBytes());
        }
    }

    public static class Greeter {
        public String greet(String name) {
            return "hello " + name;
        }
    }

    public static class FailEverything implements RequestHandler<SQSEvent, SQSBatchResponse> {
        @Override
        public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
            return new SQSBatchResponse(event.getRecords().stream()
                    .map(message -> new SQSBatchResponse.BatchItemFailure(message.getMessageId())).toList());
        }
    }

    public static class NeedsArguments {
        public NeedsArguments(String unused) {
        }
    }

    @Test
    void streamHandlersGetTheEventBytesAndTheirOutputIsTheResult() {
        assertThat(load(Uppercase.class.getName()).invoke("{\"a\":1}")).isEqualTo("{\"A\":1}");
    }

    @Test
    void plainMethodsGetTheirParameterTypeDecodedFromJson() {
        assertThat(load(Greeter.class.getName() + "::greet").invoke("\"Noor\"")).isEqualTo("\"hello Noor\"");
    }

    @Test
    void eventTypesAreReadAndWrittenWithLambdasOwnNames() {
        String response = load(FailEverything.class.getName() + "::handleRequest")
                .invoke("{\"Records\": [{\"messageId\": \"m-1\", \"body\": \"x\", \"eventSource\": \"aws:sqs\"}]}");

        assertThat(response).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"m-1\"}]}");
    }

    @Test
    void aMissingHandlerClassFailsNamingTheFunction() {
        assertThatThrownBy(() -> load("nl.example.Missing"))
                .hasMessage("TestFunction: handler class nl.example.Missing is not on the class path");
    }

    @Test
    void aHandlerWithoutANoArgumentConstructorIsRejectedAsLambdaWould() {
        assertThatThrownBy(() -> load(NeedsArguments.class.getName()))
                .hasMessageContaining("needs a public no-argument constructor");
    }

    @Test
    void anEventThatDoesNotFitTheInputTypeFailsTheInvocation() {
        LambdaFunction function = load(Greeter.class.getName() + "::greet");

        assertThatThrownBy(() -> function.invoke("{\"not\": \"a string\"}"))
                .isInstanceOfSatisfying(FunctionFailure.class,
                        failure -> assertThat(failure.functionLogicalId()).isEqualTo("TestFunction"));
    }

    @Test
    void reservedConcurrencyBelowTheSettingLimitsTheInstances() {
        LambdaFunction function = load(Uppercase.class.getName(), Optional.of(2), 4);

        assertThat(function.concurrency()).isEqualTo(2);
    }

    @Test
    void aFunctionWithNoReservedConcurrencyIsThrottledWithoutRunning() {
        LambdaFunction function = load(Uppercase.class.getName(), Optional.of(0), 4);

        assertThatThrownBy(() -> function.invokeUnlessThrottled("\"hi\""))
                .isInstanceOf(FunctionThrottled.class);
        assertThat(function.usage().invocations()).isZero();
    }

    @Test
    void everyInvocationIsCountedWithItsBilledMilliseconds() {
        LambdaFunction function = load(Uppercase.class.getName());

        function.invoke("\"a\"");
        function.invoke("\"b\"");

        assertThat(function.usage().invocations()).isEqualTo(2);
        assertThat(function.usage().billedMillis()).isGreaterThanOrEqualTo(2);
    }

    private static LambdaFunction load(String handler) {
        return LambdaFunction.load(definition(handler, Optional.empty()), StackSettings.defaults(),
                LambdaFunctionTest.class.getClassLoader());
    }

    private static LambdaFunction load(String handler, Optional<Integer> reserved, int concurrency) {
        StackSettings stack = StackSettings.defaults();
        return LambdaFunction.load(definition(handler, reserved), stack, LambdaFunctionTest.class.getClassLoader(),
                new LocalArns(stack, ProvisionedResources.of(List.of())), concurrency);
    }

    private static FunctionDefinition definition(String handler, Optional<Integer> reserved) {
        return new FunctionDefinition("TestFunction", "rmt-intake-TestFunction", handler,
                Optional.empty(), Optional.empty(), Duration.ofSeconds(3), 128, Map.of(), List.of(),
                Optional.empty(), false, new IamPolicy(List.of()), reserved);
    }
}
