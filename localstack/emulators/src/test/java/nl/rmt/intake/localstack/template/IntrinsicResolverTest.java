package nl.rmt.intake.localstack.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.rmt.intake.localstack.provision.ProvisionedResource;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import org.junit.jupiter.api.Test;

class IntrinsicResolverTest {

    private static final String QUEUE_URL = "http://127.0.0.1:9324/000000000000/rmt-intake-partner-uwv.fifo";
    private static final String QUEUE_ARN = "arn:aws:sqs:eu-west-1:000000000000:rmt-intake-partner-uwv.fifo";
    private static final String STREAM_ARN = "arn:aws:dynamodb:ddblocal:000000000000:table/cases/stream/2026-01-01T00:00:00.000";

    private static final TemplateModel TEMPLATE = TemplateModel.parse("""
            Parameters:
              Stage:
                Type: String
                Default: test
              RetentionDays:
                Type: Number
                Default: 30
              Regions:
                Type: CommaDelimitedList
                Default: AM18,AM23
              Required:
                Type: String
            Conditions:
              IsProduction: !Equals [!Ref Stage, production]
              IsNotProduction: !Not [!Condition IsProduction]
              IsTestInEurope: !And [!Condition IsNotProduction, !Equals [!Ref AWS::Region, eu-west-1]]
              IsAnything: !Or [!Condition IsProduction, !Condition IsNotProduction]
            Mappings:
              RegionDesks:
                AM18:
                  Queue: desk-am18
            Resources:
              CasesTable:
                Type: AWS::DynamoDB::Table
              PartnerQueue:
                Type: AWS::SQS::Queue
              IntakeFunction:
                Type: AWS::Serverless::Function
              ProductionQueue:
                Type: AWS::SQS::Queue
                Condition: IsProduction
              Dashboard:
                Type: AWS::CloudWatch::Dashboard
            """, "test.yaml");

    private static final ProvisionedResources RESOURCES = ProvisionedResources.of(List.of(
            new ProvisionedResource("CasesTable", ProvisionedResources.TABLE, "cases",
                    Map.of("Arn", "arn:aws:dynamodb:ddblocal:000000000000:table/cases", "StreamArn", STREAM_ARN)),
            new ProvisionedResource("PartnerQueue", ProvisionedResources.QUEUE, QUEUE_URL,
                    Map.of("Arn", QUEUE_ARN, "QueueName", "rmt-intake-partner-uwv.fifo", "QueueUrl", QUEUE_URL))));

    private final IntrinsicResolver resolver = new IntrinsicResolver(TEMPLATE, StackSettings.defaults(), RESOURCES);

    @Test
    void refToAParameterGivesItsDefaultAsText() {
        assertThat(resolve("{Ref: Stage}")).isEqualTo("test");
        assertThat(resolve("{Ref: RetentionDays}")).isEqualTo("30");
    }

    @Test
    void refToAListParameterGivesTheList() {
        assertThat(resolve("{Ref: Regions}")).isEqualTo(List.of("AM18", "AM23"));
    }

    @Test
    void parameterOverridesReplaceDefaults() {
        IntrinsicResolver production = new IntrinsicResolver(TEMPLATE,
                new StackSettings("rmt-intake", "eu-west-1", "000000000000", Map.of("Stage", "production")), RESOURCES);

        assertThat(production.resolve(map("{Ref: Stage}"), "test")).isEqualTo("production");
        assertThat(production.condition("IsProduction")).isTrue();
    }

    @Test
    void refToPseudoParametersGivesTheLocalStack() {
        assertThat(resolve("[!Ref AWS::StackName, !Ref AWS::Region, !Ref AWS::AccountId, !Ref AWS::Partition]"))
                .isEqualTo(List.of("rmt-intake", "eu-west-1", "000000000000", "aws"));
    }

    @Test
    void refToATableGivesItsNameAndToAQueueItsUrl() {
        assertThat(resolve("!Ref CasesTable")).isEqualTo("cases");
        assertThat(resolve("!Ref PartnerQueue")).isEqualTo(QUEUE_URL);
    }

    @Test
    void getAttGivesQueueAndTableAttributes() {
        assertThat(resolve("!GetAtt PartnerQueue.Arn")).isEqualTo(QUEUE_ARN);
        assertThat(resolve("!GetAtt PartnerQueue.QueueName")).isEqualTo("rmt-intake-partner-uwv.fifo");
        assertThat(resolve("!GetAtt PartnerQueue.QueueUrl")).isEqualTo(QUEUE_URL);
        assertThat(resolve("!GetAtt [CasesTable, StreamArn]")).isEqualTo(STREAM_ARN);
        assertThat(resolve("!GetAtt CasesTable.Arn")).isEqualTo("arn:aws:dynamodb:ddblocal:000000000000:table/cases");
    }

    @Test
    void subReplacesParametersPseudoParametersAndAttributes() {
        assertThat(resolve("!Sub '${AWS::StackName}-${Stage}-${PartnerQueue.QueueName}'"))
                .isEqualTo("rmt-intake-test-rmt-intake-partner-uwv.fifo");
        assertThat(resolve("!Sub 'arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:x'"))
                .isEqualTo("arn:aws:sqs:eu-west-1:000000000000:x");
    }

    @Test
    void subWithAVariableMapPrefersTheMapAndKeepsEscapedPlaceholders() {
        assertThat(resolve("!Sub ['${Stage}/${Queue} ${!Literal}', {Stage: prod, Queue: !Ref PartnerQueue}]"))
                .isEqualTo("prod/" + QUEUE_URL + " ${Literal}");
    }

    @Test
    void joinSelectAndSplitWorkOnResolvedValues() {
        assertThat(resolve("!Join ['-', [!Ref AWS::StackName, !Ref Stage]]")).isEqualTo("rmt-intake-test");
        assertThat(resolve("!Select [1, !Ref Regions]")).isEqualTo("AM23");
        assertThat(resolve("!Select [0, !Split [':', !GetAtt PartnerQueue.Arn]]")).isEqualTo("arn");
    }

    @Test
    void ifChoosesTheBranchOfItsCondition() {
        assertThat(resolve("!If [IsProduction, live, sandbox]")).isEqualTo("sandbox");
        assertThat(resolve("!If [IsTestInEurope, chosen, skipped]")).isEqualTo("chosen");
        assertThat(resolve("!If [IsAnything, chosen, skipped]")).isEqualTo("chosen");
    }

    @Test
    void noValueRemovesTheEntryItIsIn() {
        assertThat(resolve("{Keep: a, Drop: !If [IsProduction, b, !Ref AWS::NoValue], List: [x, !Ref AWS::NoValue]}"))
                .isEqualTo(Map.of("Keep", "a", "List", List.of("x")));
    }

    @Test
    void findInMapLooksUpMappings() {
        assertThat(resolve("!FindInMap [RegionDesks, AM18, Queue]")).isEqualTo("desk-am18");
    }

    @Test
    void functionReferencesGetLocalNamesAndArns() {
        assertThat(resolve("!Ref IntakeFunction")).isEqualTo("rmt-intake-IntakeFunction");
        assertThat(resolve("!GetAtt IntakeFunction.Arn"))
                .isEqualTo("arn:aws:lambda:eu-west-1:000000000000:function:rmt-intake-IntakeFunction");
    }

    @Test
    void unknownReferenceFailsNamingTheLogicalIdAndWhereItWasUsed() {
        assertThatThrownBy(() -> resolver.resolve(map("{Variables: {QUEUE: !Ref MissingQueue}}"), "Resources.Fn.Environment"))
                .hasMessageContaining("MissingQueue")
                .hasMessageContaining("Resources.Fn.Environment.Variables.QUEUE");
    }

    @Test
    void referenceToAResourceTypeThatIsNotEmulatedFailsNamingIt() {
        assertThatThrownBy(() -> resolve("!GetAtt Dashboard.Arn"))
                .hasMessageContaining("Dashboard.Arn").hasMessageContaining("AWS::CloudWatch::Dashboard");
    }

    @Test
    void referenceToAResourceWhoseConditionIsFalseFails() {
        assertThatThrownBy(() -> resolve("!Ref ProductionQueue"))
                .hasMessageContaining("'ProductionQueue' is not created").hasMessageContaining("IsProduction");
    }

    @Test
    void parameterWithoutDefaultOrOverrideFailsWhenUsed() {
        assertThatThrownBy(() -> resolve("!Ref Required")).hasMessageContaining("Parameter 'Required' has no Default");
    }

    @Test
    void overrideOfAnUnknownParameterIsRejected() {
        StackSettings settings = new StackSettings("s", "eu-west-1", "000000000000", Map.of("Stgae", "x"));

        assertThatThrownBy(() -> new IntrinsicResolver(TEMPLATE, settings, RESOURCES))
                .hasMessageContaining("Parameter override 'Stgae' names no parameter");
    }

    @Test
    void importValueFailsBecauseOtherStacksAreNotLocal() {
        assertThatThrownBy(() -> resolve("!ImportValue shared-vpc")).hasMessageContaining("shared-vpc");
    }

    private Object resolve(String yaml) {
        return resolver.resolve(CloudFormationYaml.parse(yaml), "test");
    }

    private static Object map(String yaml) {
        return CloudFormationYaml.parse(yaml);
    }
}
