package nl.rmt.intake.localstack.iam;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * The exception the SDK raises when AWS refuses a call for want of a permission: the service's own exception type
 * with error code AccessDeniedException, HTTP 400 from DynamoDB and SQS (their JSON protocols; the SQS API
 * reference's common errors give 400) and 403 from SES v2 (a REST service), and AWS's message naming the principal,
 * the action and the resource.
 */
final class AccessDenied {

    static final String ERROR_CODE = "AccessDeniedException";

    private AccessDenied() {
    }

    static AwsServiceException of(String service, FunctionRole role, Permission permission, boolean explicitDeny) {
        String message = "User: " + role.principal() + " is not authorized to perform: " + permission.action()
                + " on resource: " + permission.resource() + (explicitDeny
                ? " with an explicit deny in an identity-based policy"
                : " because no identity-based policy allows the " + permission.action() + " action");
        int status = service.equals("ses") ? 403 : 400;
        AwsErrorDetails details = AwsErrorDetails.builder()
                .errorCode(ERROR_CODE)
                .errorMessage(message)
                .serviceName(service)
                .sdkHttpResponse(SdkHttpResponse.builder().statusCode(status).build())
                .build();
        AwsServiceException.Builder builder = switch (service) {
            case "dynamodb" -> DynamoDbException.builder();
            case "sqs" -> SqsException.builder();
            case "ses" -> SesV2Exception.builder();
            default -> AwsServiceException.builder();
        };
        return builder.message(message).statusCode(status).awsErrorDetails(details).build();
    }
}
