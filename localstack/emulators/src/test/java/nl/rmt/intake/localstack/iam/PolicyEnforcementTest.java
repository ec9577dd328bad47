package nl.rmt.intake.localstack.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.LocalClients;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** A function's SDK clients may do what its role in template.yaml allows, and fail as AWS fails for anything else. */
class PolicyEnforcementTest {

    private static final EmbeddedStack STACK = EmbeddedStack.shared();
    private static final Map<String, AttributeValue> NO_SUCH_CASE = Map.of(
            "pk", AttributeValue.fromS("CASE#policy-enforcement-test"), "sk", AttributeValue.fromS("CASE"));

    @Test
    void aFunctionCallingAnActionItsRoleLacksGetsAccessDeniedException() {
        DynamoDbClient dynamoDb = STACK.asFunction("MonitoringFunction", this::dynamoDb);

        assertThatThrownBy(() -> dynamoDb.getItem(request -> request.tableName(table()).key(NO_SUCH_CASE)))
                .isInstanceOfSatisfying(DynamoDbException.class, denied -> {
                    assertThat(denied.statusCode()).isEqualTo(400);
                    assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                    assertThat(denied.getMessage()).contains("is not authorized to perform: dynamodb:GetItem on resource: "
                            + STACK.resources().get("CasesTable").attribute("Arn").orElseThrow());
                });
    }

    @Test
    void aQueryOfAnIndexNeedsTheIndexArn() {
        DynamoDbClient monitoring = STACK.asFunction("MonitoringFunction", this::dynamoDb);
        DynamoDbClient escalation = STACK.asFunction("EscalationFunction", this::dynamoDb);

        assertThatCode(() -> monitoring.query(request -> request.tableName(table()).indexName("gsi1")
                .keyConditionExpression("gsi1pk = :pk").expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("none")))))
                .doesNotThrowAnyException();
        assertThat(accessDenied(() -> escalation.query(request -> request.tableName(table()).indexName("gsi1")
                .keyConditionExpression("gsi1pk = :pk").expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("none"))))))
                .contains("dynamodb:Query on resource: " + STACK.resources().get("CasesTable").attribute("Arn").orElseThrow()
                        + "/index/gsi1");
    }

    @Test
    void eachItemOfATransactionNeedsItsOwnActionOnItsTable() {
        DynamoDbClient submit = STACK.asFunction("SubmitIntakeFunction", this::dynamoDb);

        assertThat(accessDenied(() -> submit.transactWriteItems(request -> request.transactItems(
                TransactWriteItem.builder().put(put -> put.tableName(table()).item(NO_SUCH_CASE)
                        .conditionExpression("attribute_not_exists(pk)")).build(),
                TransactWriteItem.builder().conditionCheck(check -> check.tableName(table()).key(Map.of(
                        "pk", AttributeValue.fromS("REFERENCE#none"), "sk", AttributeValue.fromS("REFERENCE")))
                        .conditionExpression("attribute_not_exists(pk)")).build()))))
                .contains("dynamodb:ConditionCheckItem");
        assertThat(STACK.dynamoDb().getItem(request -> request.tableName(table()).key(NO_SUCH_CASE)).hasItem()).isFalse();
    }

    @Test
    void aQueueIsReadByItsConsumerOnly() {
        SqsClient confirmation = STACK.asFunction("ConfirmationFunction", this::sqs);
        String partnerQueue = STACK.resources().queueUrl("PartnerUwvQueue");

        assertThatThrownBy(() -> confirmation.receiveMessage(request -> request.queueUrl(partnerQueue)))
                .isInstanceOfSatisfying(SqsException.class, denied -> {
                    assertThat(denied.statusCode()).isEqualTo(400);
                    assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                    assertThat(denied.getMessage()).contains("sqs:ReceiveMessage on resource: "
                            + STACK.resources().queueArn("PartnerUwvQueue"));
                });
    }

    @Test
    void theDispatcherCannotWriteToADeadLetterQueue() {
        SqsClient dispatcher = STACK.asFunction("OutboxDispatchFunction", this::sqs);
        String deadLetters = STACK.resources().queueUrl("PartnerUwvDeadLetterQueue");

        assertThat(accessDenied(() -> dispatcher.sendMessage(request -> request.queueUrl(deadLetters)
                .messageBody("{}").messageGroupId("g").messageDeduplicationId("d"))))
                .contains("with an explicit deny");
    }

    @Test
    void emailIsSentOnlyFromTheSenderIdentityWithTheConfigurationSet() {
        SesV2Client ses = STACK.asFunction("ConfirmationFunction",
                () -> LocalClients.sesV2(STACK.endpoints().sesV2(), STACK.settings().region()));

        assertThatThrownBy(() -> ses.sendEmail(request -> request.fromEmailAddress("someone@elsewhere.example")
                .destination(to -> to.toAddresses("citizen@example.org"))
                .content(content -> content.simple(simple -> simple.subject(text -> text.data("s"))
                        .body(body -> body.text(text -> text.data("b")))))))
                .isInstanceOfSatisfying(SesV2Exception.class, denied ->
                        assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException"));
        assertThat(accessDenied(() -> ses.sendEmail(request -> request.fromEmailAddress(System.getProperty("SENDER_ADDRESS"))
                .configurationSetName("another-set")
                .destination(to -> to.toAddresses("citizen@example.org"))
                .content(content -> content.simple(simple -> simple.subject(text -> text.data("s"))
                        .body(body -> body.text(text -> text.data("b"))))))))
                .contains("configuration-set/another-set");
    }

    @Test
    void switchedOffForDebuggingARefusedCallGoesThrough() {
        DynamoDbClient dynamoDb = STACK.asFunction("MonitoringFunction", this::dynamoDb);
        System.setProperty(IamEnforcement.PROPERTY, "false");
        try {
            assertThatCode(() -> dynamoDb.getItem(request -> request.tableName(table()).key(NO_SUCH_CASE)))
                    .doesNotThrowAnyException();
        } finally {
            System.clearProperty(IamEnforcement.PROPERTY);
        }
        assertThat(accessDenied(() -> dynamoDb.getItem(request -> request.tableName(table()).key(NO_SUCH_CASE))))
                .contains("dynamodb:GetItem");
    }

    @Test
    void aClientBuiltOutsideAnyFunctionIsUnrestricted() {
        assertThatCode(() -> dynamoDb().getItem(request -> request.tableName(table()).key(NO_SUCH_CASE)))
                .doesNotThrowAnyException();
    }

    private static String accessDenied(Runnable call) {
        try {
            call.run();
        } catch (AwsServiceException e) {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
            return e.getMessage();
        }
        throw new AssertionError("the call was allowed");
    }

    private DynamoDbClient dynamoDb() {
        return LocalClients.dynamoDb(STACK.endpoints().dynamoDb(), STACK.settings().region());
    }

    private SqsClient sqs() {
        return LocalClients.sqs(STACK.endpoints().sqs(), STACK.settings().region());
    }

    private static String table() {
        return STACK.resources().tableName("CasesTable");
    }
}
