package nl.rmt.intake.localstack.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplateModelTest {

    private static final String TEMPLATE = """
            Parameters:
              Stage:
                Type: String
                Default: test
              Regions:
                Type: CommaDelimitedList
            Globals:
              Function:
                Runtime: java17
                Timeout: 10
                Layers: [global-layer]
                Environment:
                  Variables:
                    STAGE: !Ref Stage
                    LOG_LEVEL: INFO
            Resources:
              CasesTable:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: cases
              IntakeFunction:
                Type: AWS::Serverless::Function
                DependsOn: CasesTable
                Properties:
                  Handler: a.B::handleRequest
                  Timeout: 30
                  Layers: [own-layer]
                  Environment:
                    Variables:
                      LOG_LEVEL: DEBUG
                      TABLE: !Ref CasesTable
              PlainLambda:
                Type: AWS::Lambda::Function
                Properties:
                  Handler: a.C
            """;

    private final TemplateModel template = TemplateModel.parse(TEMPLATE, "test.yaml");

    @Test
    void readsParametersWithTheirDefaults() {
        assertThat(template.parameters().get("Stage"))
                .isEqualTo(new TemplateParameter("Stage", "String", Optional.of("test")));
        assertThat(template.parameters().get("Regions").defaultValue()).isEmpty();
    }

    @Test
    void keepsResourcesInTemplateOrderWithTheirTypes() {
        assertThat(template.resources().keySet()).containsExactly("CasesTable", "IntakeFunction", "PlainLambda");
        assertThat(template.resourcesOfType("AWS::DynamoDB::Table")).extracting(TemplateResource::logicalId)
                .containsExactly("CasesTable");
        assertThat(template.resource("IntakeFunction").orElseThrow().dependsOn()).containsExactly("CasesTable");
    }

    @Test
    void serverlessFunctionsGetGlobalsWithTheirOwnValuesWinning() {
        Map<String, Object> properties = template.resource("IntakeFunction").orElseThrow().properties();

        assertThat(properties).containsEntry("Runtime", "java17").containsEntry("Timeout", 30);
        assertThat(properties.get("Environment")).isEqualTo(Map.of("Variables", Map.of(
                "STAGE", Map.of("Ref", "Stage"), "LOG_LEVEL", "DEBUG", "TABLE", Map.of("Ref", "CasesTable"))));
    }

    @Test
    void globalListsComeBeforeTheFunctionsOwnEntries() {
        assertThat(template.resource("IntakeFunction").orElseThrow().properties().get("Layers"))
                .isEqualTo(List.of("global-layer", "own-layer"));
    }

    @Test
    void globalsApplyOnlyToServerlessFunctions() {
        assertThat(template.resource("PlainLambda").orElseThrow().properties()).doesNotContainKey("Runtime");
    }

    @Test
    void aResourceWithoutTypeIsRejectedByName() {
        assertThatThrownBy(() -> TemplateModel.parse("Resources:\n  Broken:\n    Properties: {}\n", "bad.yaml"))
                .hasMessage("bad.yaml: resource Broken has no Type");
    }
}
