package nl.rmt.intake.localstack.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import nl.rmt.intake.localstack.runner.sns.TopicPublication;
import nl.rmt.intake.localstack.runner.testfunctions.TopicRecorder;
import nl.rmt.intake.localstack.runner.testfunctions.TopicRecorder.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TopicPublishTest {

    private static final String TOPIC_ARN = "arn:aws:sns:eu-west-1:000000000000:rmt-intake-alerts";
    private final LocalLambda lambda = TestRuntime.lambda();

    @BeforeEach
    void forgetEarlierNotifications() {
        TopicRecorder.NOTIFICATIONS.clear();
    }

    @Test
    void aPublishedMessageReachesASubscribedFunctionAsAnSnsEvent() {
        TopicPublication publication = lambda.publishToTopic("AlertTopic", "Outbox failures: 3");

        assertThat(publication.invoked()).containsExactly("AlertFunction");
        assertThat(publication.failed()).isEmpty();
        assertThat(TopicRecorder.NOTIFICATIONS).singleElement().satisfies(notification -> {
            assertThat(notification.functionName()).isEqualTo("rmt-intake-AlertFunction");
            assertThat(notification.record().getEventSource()).isEqualTo("aws:sns");
            assertThat(notification.record().getEventSubscriptionArn()).startsWith(TOPIC_ARN + ":");
            assertThat(notification.record().getSNS().getMessage()).isEqualTo("Outbox failures: 3");
            assertThat(notification.record().getSNS().getTopicArn()).isEqualTo(TOPIC_ARN);
            assertThat(notification.record().getSNS().getMessageId()).isEqualTo(publication.messageId());
            assertThat(notification.record().getSNS().getType()).isEqualTo("Notification");
            assertThat(notification.record().getSNS().getTimestamp()).isNotNull();
        });
    }

    @Test
    void aFilterPolicyOnMessageAttributesLetsOnlyMatchingMessagesThrough() {
        lambda.publishToTopic("AlertTopic", "Dead letters: 1", Map.of("severity", "high"));
        lambda.publishToTopic("AlertTopic", "Iterator age: 70 s", Map.of("severity", "low"));

        assertThat(TopicRecorder.NOTIFICATIONS).extracting(Notification::functionName, n -> n.record().getSNS().getMessage())
                .containsExactly(
                        tuple("rmt-intake-AlertFunction", "Dead letters: 1"),
                        tuple("rmt-intake-SevereAlertFunction", "Dead letters: 1"),
                        tuple("rmt-intake-AlertFunction", "Iterator age: 70 s"));
        assertThat(TopicRecorder.NOTIFICATIONS.get(1).record().getSNS().getMessageAttributes())
                .containsKey("severity")
                .hasEntrySatisfying("severity", attribute -> assertThat(attribute.getValue()).isEqualTo("high"));
    }

    @Test
    void aFailingSubscriberIsTriedThreeTimesAsLambdaTriesAnAsynchronousEventThenReportedAndTheOthersStillGetTheMessage() {
        TopicPublication publication = lambda.publishToTopic("AlertTopic", "fail", Map.of("severity", "high"));

        assertThat(publication.invoked()).containsExactly("AlertFunction", "SevereAlertFunction");
        assertThat(publication.failed()).containsExactly("AlertFunction", "SevereAlertFunction");
        assertThat(TopicRecorder.NOTIFICATIONS).hasSize(6);
    }

    @Test
    void anUnknownTopicIsRefusedNamingTheTopics() {
        assertThatThrownBy(() -> lambda.publishToTopic("AlarmTopic", "x")).hasMessageContaining("AlertTopic");
    }

    @Test
    void theRuntimeListsEverySubscription() {
        assertThat(lambda.topicSubscriptions()).containsExactly(
                TOPIC_ARN + " -> AlertFunction (Alerts)", TOPIC_ARN + " -> SevereAlertFunction (SevereAlerts)");
    }
}
