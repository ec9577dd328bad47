package nl.rmt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.rmt.intake.domain.routing.Partner;
import nl.rmt.intake.domain.routing.RoutingData;
import nl.rmt.intake.localstack.function.FunctionDefinition;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** template.yaml is what gets deployed: it must agree with the code and the routing data. */
class TemplateTest {

    private static List<FunctionDefinition> functions;
    private static Set<String> queueNames;
    private static QueueNames deployedName;

    @BeforeAll
    static void provisionTheTemplate() {
        functions = LocalStack.stack().environment().functions();
        queueNames = LocalStack.stack().resources().ofType(ProvisionedResources.QUEUE).stream()
                .map(queue -> queue.ref().substring(queue.ref().lastIndexOf('/') + 1))
                .collect(Collectors.toCollection(TreeSet::new));
        deployedName = new QueueNames(System.getProperty("QUEUE_NAME_PREFIX"));
    }

    @Test
    void everyHandlerNamedInTheTemplateIsALambdaHandlerWithTheNamedMethod() throws Exception {
        assertThat(functions).hasSizeGreaterThanOrEqualTo(4);
        for (FunctionDefinition function : functions) {
            Class<?> handler = Class.forName(function.handlerClassName());
            assertThat(RequestHandler.class.isAssignableFrom(handler)
                    || RequestStreamHandler.class.isAssignableFrom(handler)).as(function.logicalId()).isTrue();
            assertThat(handler.getConstructor()).as("no-argument constructor of " + handler).isNotNull();
            String method = function.handlerMethodName().orElse("handleRequest");
            assertThat(Stream.of(handler.getMethods()).map(java.lang.reflect.Method::getName)).contains(method);
        }
    }

    @Test
    void everyFunctionRunsOnTheDocumentedRuntime() {
        assertThat(functions).allSatisfy(function ->
                assertThat(function.runtime()).as(function.logicalId()).contains("java21"));
    }

    @Test
    void everyPartnerHasAFifoQueueWithAFifoDeadLetterQueue() {
        for (Partner partner : RoutingData.loadDefault().partners().all()) {
            String queue = deployedName.apply(partner.queue());
            assertThat(queueNames).as("queue of partner " + partner.id()).contains(queue);
            Map<String, String> attributes = attributes(queue);
            assertThat(attributes).as(queue).containsEntry("FifoQueue", "true");
            assertThat(attributes.get("RedrivePolicy")).as("dead-letter queue of " + queue)
                    .contains(queue.replace(".fifo", "-dlq.fifo"));
        }
    }

    @Test
    void noQueueInTheTemplateIsWithoutAPurpose() {
        Set<String> expected = new HashSet<>();
        for (Partner partner : RoutingData.loadDefault().partners().all()) {
            expected.add(deployedName.apply(partner.queue()));
            expected.add(deployedName.apply(partner.queue() + "-dlq"));
        }
        expected.add(deployedName.apply("confirmation"));
        expected.add(deployedName.apply("confirmation-dlq"));
        expected.add(System.getProperty("QUEUE_NAME_PREFIX") + "outbox-failures");
        expected.add(System.getProperty("QUEUE_NAME_PREFIX") + "email-events-dlq");

        assertThat(queueNames).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyQueueThatAFunctionOrPartnerReadsHasADeadLetterQueue() {
        for (String queue : queueNames) {
            if (queue.endsWith("-dlq.fifo") || queue.endsWith("-dlq") || queue.endsWith("outbox-failures")) {
                continue;
            }
            assertThat(attributes(queue)).as(queue).containsKey("RedrivePolicy");
        }
    }

    @Test
    void everySettingTheCodeReadsIsSetForEveryFunctionThatRunsThatCode() throws IOException {
        for (FunctionDefinition function : functions) {
            Path source = Path.of("src/main/java", function.handlerClassName().replace('.', '/') + ".java");
            assertThat(source).exists();
            Set<String> read = settingsRead(Files.readString(source));
            assertThat(function.environment().keySet()).as(function.logicalId()).containsAll(read);
        }
    }

    private static Set<String> settingsRead(String source) {
        Matcher matcher = Pattern.compile("Settings\\.(?:required|optional)\\(\"([A-Z_]+)\"\\)").matcher(source);
        Set<String> names = new TreeSet<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Map<String, String> attributes(String queueName) {
        String url = LocalStack.stack().sqs().getQueueUrl(request -> request.queueName(queueName)).queueUrl();
        return LocalStack.stack().sqs().getQueueAttributes(request -> request.queueUrl(url)
                .attributeNames(QueueAttributeName.ALL)).attributesAsStrings();
    }
}
