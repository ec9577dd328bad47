package nl.rmt.intake.delivery;

import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Tells a message the service will never accept (its content, attributes or size) from a failure worth retrying
 * (throttling, a server error, a timeout, a missing queue or a paused account, which affect every message alike).
 * Only codes about the message itself are permanent: a configuration or account problem must not park every case.
 */
public final class ServiceRejections {

    /** The query-protocol prefix SQS puts before some codes. */
    private static final String SQS_CODE_PREFIX = "AWS.SimpleQueueService.";

    /** SQS: characters outside the allowed set, a bad attribute, a body over the size limit. */
    static final Set<String> SQS_PERMANENT = Set.of(
            "InvalidMessageContents", "InvalidAttributeValue", "InvalidAttributeName", "InvalidParameterValue",
            "InvalidParameterValueException", "MessageTooLong");

    /** SES v2: a message SES rejects (content, recipient in the sandbox) or a request it cannot parse (an address). */
    static final Set<String> SES_PERMANENT = Set.of("MessageRejected", "MessageRejectedException", "BadRequestException",
            "BadRequest", "InvalidParameterValue");

    private ServiceRejections() {
    }

    public static Optional<String> sqs(AwsServiceException e) {
        return permanent("SQS", e, SQS_PERMANENT);
    }

    public static Optional<String> ses(AwsServiceException e) {
        return permanent("SES", e, SES_PERMANENT);
    }

    private static Optional<String> permanent(String service, AwsServiceException e, Set<String> codes) {
        if (e.isThrottlingException() || e.statusCode() >= 500 || e.statusCode() < 400) {
            return Optional.empty();
        }
        String code = errorCode(e);
        return code != null && codes.contains(code) ? Optional.of(service + ":" + code) : Optional.empty();
    }

    private static String errorCode(AwsServiceException e) {
        if (e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null) {
            return null;
        }
        String code = e.awsErrorDetails().errorCode();
        return code.startsWith(SQS_CODE_PREFIX) ? code.substring(SQS_CODE_PREFIX.length()) : code;
    }
}
