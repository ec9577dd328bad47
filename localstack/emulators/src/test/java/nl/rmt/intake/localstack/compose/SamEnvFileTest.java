package nl.rmt.intake.localstack.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import nl.rmt.intake.localstack.template.StackSettings;
import nl.rmt.intake.localstack.template.TemplateModel;
import org.junit.jupiter.api.Test;

class SamEnvFileTest {

    private static final String ENDPOINT = "http://localstack:4566";

    @Test
    void givesEachFunctionTheVariablesTheTemplateSetsResolvedToTheResourcesInLocalStack() throws Exception {
        Map<String, String> worker = read(SamEnvFile.generate(InitScriptTest.template(), StackSettings.defaults(), ENDPOINT))
                .get("WorkerFunction");

        assertThat(worker)
                .containsEntry("TABLE_NAME", "rmt-intake-test-cases")
                .containsEntry("QUEUE_NAME_PREFIX", "rmt-intake-")
                .containsEntry("WORK_QUEUE_ARN", "arn:aws:sqs:eu-west-1:000000000000:rmt-intake-work.fifo")
                .containsEntry("EVENTS_TOPIC", "arn:aws:sns:eu-west-1:000000000000:rmt-intake-events")
                .containsEntry("SENDER", "noreply@rmt.example")
                .containsEntry("EMAIL_SET", "rmt-intake-email");
    }

    @Test
    void listsOnlyVariablesTheTemplateDeclaresForTheFunctionBecauseSamDropsAllOthers() throws Exception {
        TemplateModel template = InitScriptTest.template();

        Map<String, Map<String, String>> file = read(SamEnvFile.generate(template, StackSettings.defaults(), ENDPOINT));

        assertThat(file).containsOnlyKeys("WorkerFunction");
        assertThat(file.get("WorkerFunction")).containsOnlyKeys("TABLE_NAME", "QUEUE_NAME_PREFIX", "JAVA_TOOL_OPTIONS",
                "WORK_QUEUE_ARN", "EVENTS_TOPIC", "SENDER", "EMAIL_SET");
    }

    @Test
    void aimsTheSdkAtLocalStackWithTestCredentialsThroughTheDeclaredJavaToolOptions() throws Exception {
        Map<String, String> worker = read(SamEnvFile.generate(InitScriptTest.template(), StackSettings.defaults(), ENDPOINT))
                .get("WorkerFunction");

        assertThat(worker.get("JAVA_TOOL_OPTIONS")).isEqualTo("-XX:TieredStopAtLevel=1 -Daws.endpointUrl=http://localstack:4566"
                + " -Daws.region=eu-west-1 -Daws.accessKeyId=test -Daws.secretAccessKey=test");
    }

    @Test
    void refusesAFunctionThatDeclaresNoJavaToolOptionsSinceNothingCouldAimItAtLocalStack() {
        TemplateModel template = TemplateModel.parse("""
                Resources:
                  Plain:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: example.Plain
                      Environment:
                        Variables:
                          STAGE: test
                """, "plain.yaml");

        assertThatThrownBy(() -> SamEnvFile.generate(template, StackSettings.defaults(), ENDPOINT))
                .hasMessageContaining("Plain does not declare JAVA_TOOL_OPTIONS");
    }

    @Test
    void theFileEndsInANewlineAndUsesNewlinesOnly() {
        String file = SamEnvFile.generate(InitScriptTest.template(), StackSettings.defaults(), ENDPOINT);

        assertThat(file).endsWith("}\n").doesNotContain("\r");
    }

    private static Map<String, Map<String, String>> read(String json) throws Exception {
        return new ObjectMapper().readValue(json, new TypeReference<>() { });
    }
}
