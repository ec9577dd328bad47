package nl.rmt.intake.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

class ServiceRejectionsTest {

    @ParameterizedTest
    @CsvSource({
            "InvalidMessageContents, SQS:InvalidMessageContents",
            "AWS.SimpleQueueService.InvalidMessageContents, SQS:InvalidMessageContents",
            "InvalidAttributeValue, SQS:InvalidAttributeValue",
            "InvalidParameterValue, SQS:InvalidParameterValue",
    })
    void parksWhatSqsRefusesForWhatTheMessageIs(String code, String reason) {
        assertThat(ServiceRejections.sqs(error(400, code))).hasValue(reason);
    }

    @ParameterizedTest
    @CsvSource({
            "400, AWS.SimpleQueueService.NonExistentQueue",
            "400, QueueDoesNotExist",
            "400, RequestThrottled",
            "400, ThrottlingException",
            "403, AccessDenied",
            "500, InternalError",
            "503, ServiceUnavailable",
            "400, KmsThrottled",
    })
    void retriesWhatSqsRefusesForEveryMessageAlike(int status, String code) {
        assertThat(ServiceRejections.sqs(error(status, code))).isEmpty();
    }

    @Test
    void retriesAServerErrorEvenWithACodeThatWouldOtherwiseBePermanent() {
        assertThat(ServiceRejections.sqs(error(500, "InvalidMessageContents"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"MessageRejected, SES:MessageRejected", "BadRequestException, SES:BadRequestException"})
    void parksAnEmailSesRejects(String code, String reason) {
        assertThat(ServiceRejections.ses(error(400, code))).hasValue(reason);
    }

    @ParameterizedTest
    @CsvSource({
            "429, TooManyRequestsException",
            "400, LimitExceededException",
            "400, SendingPausedException",
            "400, AccountSuspendedException",
            "404, NotFoundException",
            "500, InternalFailure",
    })
    void retriesWhatSesRefusesForEveryEmailAlike(int status, String code) {
        assertThat(ServiceRejections.ses(error(status, code))).isEmpty();
    }

    @Test
    void retriesAFailureWithoutAnErrorCode() {
        assertThat(ServiceRejections.sqs(AwsServiceException.builder().statusCode(400).build())).isEmpty();
    }

    private static AwsServiceException error(int status, String code) {
        return AwsServiceException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build()).build();
    }
}
