package nl.rmt.intake.localstack.emulator;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * The embedded SQS refuses what SQS refuses: characters outside its allowed set, and bodies over SQS's maximum
 * message size (1 MiB since August 2025; 256 KiB before).
 */
class ElasticMqStrictnessTest {

    private static ElasticMqServer server;
    private static SqsClient sqs;
    private static String queueUrl;

    @BeforeAll
    static void start() {
        server = ElasticMqServer.start(0, "eu-central-1", "000000000000");
        sqs = SqsClient.builder().endpointOverride(server.endpoint()).region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "y"))).build();
        queueUrl = sqs.createQueue(request -> request.queueName("strict")).queueUrl();
    }

    @AfterAll
    static void stop() {
        sqs.close();
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uffff", "\ufffe", "\u0000", "\u0008", "\udfff", "\ud800x"})
    void refusesACharacterSqsRefuses(String character) {
        assertThatThrownBy(() -> send("a" + character + "b")).isInstanceOf(SqsException.class);
    }

    @Test
    void takesEveryCharacterSqsTakes() {
        assertThatCode(() -> send("tab\tline\ncr\r ~\u00e9\ud7ff\ue000\ufffd\ud83d\ude00\udbff\udffd"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesABodyOverTheMaximumMessageSizeAndTakesOneOfExactlyThat() {
        assertThatCode(() -> send("x".repeat(1_048_576))).doesNotThrowAnyException();
        assertThatThrownBy(() -> send("x".repeat(1_048_577))).isInstanceOf(SqsException.class);
    }

    private static void send(String body) {
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(body));
    }
}
