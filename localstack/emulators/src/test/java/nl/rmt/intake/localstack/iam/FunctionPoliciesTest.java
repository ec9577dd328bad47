package nl.rmt.intake.localstack.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.rmt.intake.localstack.function.FunctionDefinition;
import nl.rmt.intake.localstack.function.FunctionReader;
import nl.rmt.intake.localstack.provision.ProvisionedResource;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.template.IntrinsicResolver;
import nl.rmt.intake.localstack.template.StackSettings;
import nl.rmt.intake.localstack.template.TemplateModel;
import org.junit.jupiter.api.Test;

/** A function's role read from a template: an explicit Role, or the one SAM would create. */
class FunctionPoliciesTest {

    private static final String TABLE_ARN = "arn:aws:dynamodb:ddblocal:000000000000:table/cases";
    private static final String DLQ_ARN = "arn:aws:sqs:eu-west-1:000000000000:dead-letters";

    @Test
    void samsRoleHasThePolicyTemplatesExpandedAndWhatSamAddsForTracingAndTheDeadLetterQueue() {
        IamPolicy policy = function("""
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: x.Handler
                      Tracing: Active
                      DeadLetterQueue:
                        Type: SQS
                        TargetArn: %s
                      Policies:
                        - DynamoDBReadPolicy:
                            TableName: !Ref Table
                """.formatted(DLQ_ARN)).policy();

        assertThat(policy.allows(new Permission("dynamodb:Query", TABLE_ARN + "/index/gsi1"))).isTrue();
        assertThat(policy.allows(new Permission("dynamodb:PutItem", TABLE_ARN))).isFalse();
        assertThat(policy.allows(new Permission("sqs:SendMessage", DLQ_ARN))).isTrue();
        assertThat(policy.allows(new Permission("xray:PutTraceSegments", "*"))).isTrue();
        assertThat(policy.allows(new Permission("logs:PutLogEvents", "arn:aws:logs:any"))).isTrue();
    }

    @Test
    void anExplicitRoleGivesItsInlinePoliciesAndNothingSamWouldAdd() {
        IamPolicy policy = function("""
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: x.Handler
                      Tracing: Active
                      Role: !GetAtt FnRole.Arn
                  FnRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument: {}
                      Policies:
                        - PolicyName: fn
                          PolicyDocument:
                            Statement:
                              - Effect: Allow
                                Action: [dynamodb:GetItem]
                                Resource: !GetAtt Table.Arn
                """).policy();

        assertThat(policy.allows(new Permission("dynamodb:GetItem", TABLE_ARN))).isTrue();
        assertThat(policy.allows(new Permission("xray:PutTraceSegments", "*"))).isFalse();
        assertThat(policy.grants()).hasSize(1);
    }

    @Test
    void aConditionIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> function("""
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: x.Handler
                      Policies:
                        - Statement:
                            - Effect: Allow
                              Action: [dynamodb:GetItem]
                              Resource: "*"
                              Condition: {Bool: {aws:SecureTransport: "true"}}
                """)).hasMessageContaining("cannot enforce Condition");
    }

    private static FunctionDefinition function(String yaml) {
        TemplateModel template = TemplateModel.parse(yaml + """
                  Table:
                    Type: AWS::DynamoDB::Table
                    Properties: {}
                """, "test.yaml");
        ProvisionedResources resources = ProvisionedResources.of(List.of(
                new ProvisionedResource("Table", ProvisionedResources.TABLE, "cases", Map.of("Arn", TABLE_ARN))));
        IntrinsicResolver resolver = new IntrinsicResolver(template, StackSettings.defaults(), resources);
        return new FunctionReader(template, resolver, resources).read().get(0);
    }
}
