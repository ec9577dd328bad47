package nl.rmt.intake.localstack.runner.fault;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import nl.rmt.intake.localstack.iam.ActingFunction;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Injects faults into the SDK calls of the functions the local stack runs, never into the emulator's own calls.
 * Registered for every SDK client of the JVM (software/amazon/awssdk/global/handlers/execution.interceptors) and
 * inert until {@link #arm} is called; it exists only in the local-stack runner, never in a deployed function.
 */
public final class FaultInjector implements ExecutionInterceptor {

    public enum Fault {
        DYNAMODB_THROTTLED, DYNAMODB_SERVER_ERROR, SQS_SEND_FAILED, SES_DOWN, SES_SLOW, SES_ANSWER_LOST,
        CRASH_AFTER_SEND
    }

    private static volatile FaultPlan plan;
    private static final Map<Fault, AtomicLong> INJECTED = new ConcurrentHashMap<>();

    public static void arm(FaultPlan faults) {
        INJECTED.clear();
        plan = faults;
    }

    public static void disarm() {
        plan = null;
    }

    public static Map<Fault, Long> injected() {
        Map<Fault, Long> counts = new java.util.EnumMap<>(Fault.class);
        INJECTED.forEach((fault, count) -> counts.put(fault, count.get()));
        return counts;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        FaultPlan faults = plan;
        if (faults == null || ActingFunction.logicalId().isEmpty()) {
            return;
        }
        String service = service(attributes);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if ("dynamodb".equals(service)) {
            if (faults.roll(faults.dynamoDbThrottled())) {
                throw count(Fault.DYNAMODB_THROTTLED, serviceError(400, "ProvisionedThroughputExceededException"));
            }
            if (faults.roll(faults.dynamoDbServerError())) {
                throw count(Fault.DYNAMODB_SERVER_ERROR, serviceError(500, "InternalServerError"));
            }
        } else if ("sqs".equals(service) && "SendMessage".equals(operation)) {
            if (faults.roll(faults.sqsSendFailed())) {
                throw count(Fault.SQS_SEND_FAILED, serviceError(500, "InternalError"));
            }
        } else if ("sesv2".equals(service) && "SendEmail".equals(operation)) {
            if (faults.sesDownNow()) {
                throw count(Fault.SES_DOWN, SdkClientException.builder().message("SES unreachable")
                        .cause(new ConnectException("Connection refused")).build());
            }
            if (faults.roll(faults.sesSlow())) {
                count(Fault.SES_SLOW, null);
                sleep(faults.sesSlowness().toMillis());
            }
        }
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        FaultPlan faults = plan;
        if (faults == null || ActingFunction.logicalId().isEmpty() || !context.httpResponse().isSuccessful()) {
            return;
        }
        String call = service(attributes) + "." + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if ("sesv2.SendEmail".equals(call) && faults.roll(faults.sesAnswerLost())) {
            // SES took the email; the answer never arrives.
            throw count(Fault.SES_ANSWER_LOST, SdkClientException.builder().message("Connection reset")
                    .cause(new IOException("Connection reset")).build());
        }
        if ("sqs.SendMessage".equals(call) && faults.roll(faults.crashAfterSend())) {
            // The message is on its queue; the invocation dies before it records that.
            throw count(Fault.CRASH_AFTER_SEND, new InjectedCrash());
        }
    }

    /** The SDK's service name in lower case: {@code dynamodb}, {@code sqs}, {@code sesv2}. */
    private static String service(ExecutionAttributes attributes) {
        return attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME).toLowerCase(java.util.Locale.ROOT);
    }

    private static <T extends Throwable> T count(Fault fault, T failure) {
        INJECTED.computeIfAbsent(fault, f -> new AtomicLong()).incrementAndGet();
        return failure;
    }

    private static AwsServiceException serviceError(int status, String code) {
        return AwsServiceException.builder().statusCode(status).message("Injected " + code)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("Injected").build()).build();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** As a Lambda runtime dying mid-invocation: not an exception the handler could catch and report. */
    public static final class InjectedCrash extends Error {
        InjectedCrash() {
            super("Injected crash");
        }
    }
}
