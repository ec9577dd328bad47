package nl.rmt.intake.localstack.function;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rmt.intake.localstack.provision.ProvisionedResource;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.template.IntrinsicResolver;
import nl.rmt.intake.localstack.template.StackSettings;
import nl.rmt.intake.localstack.template.TemplateModel;
import org.junit.jupiter.api.Test;

class TopicAndScheduleEventsTest {

    private static final String TOPIC_ARN = "arn:aws:sns:eu-west-1:000000000000:rmt-intake-alarms";

    @Test
    void anSnsEventSubscribesToTheTopicItsTopicResolvesTo() {
        FunctionDefinition function = function("""
                Resources:
                  AlarmTopic:
                    Type: AWS::SNS::Topic
                  PagerFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.Pager
                      Events:
                        Alarms:
                          Type: SNS
                          Properties:
                            Topic: !Ref AlarmTopic
                        Severe:
                          Type: SNS
                          Properties:
                            Topic: !Ref AlarmTopic
                            FilterPolicyScope: MessageBody
                            FilterPolicy:
                              severity: [high]
                            SqsSubscription: true
                """);

        assertThat(function.events(SnsTopicSource.class)).containsExactly(
                new SnsTopicSource("Alarms", TOPIC_ARN, Optional.empty(), false, false),
                new SnsTopicSource("Severe", TOPIC_ARN, Optional.of("{\"severity\":[\"high\"]}"), true, true));
    }

    @Test
    void schedulesAreNamedAsSamNamesTheirRuleOrScheduleUnlessTheyNameItThemselves() {
        FunctionDefinition function = function("""
                Resources:
                  AlarmTopic:
                    Type: AWS::SNS::Topic
                  EscalationFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.Escalate
                      Events:
                        Nightly:
                          Type: Schedule
                          Properties:
                            Schedule: rate(1 day)
                        Reminders:
                          Type: Schedule
                          Properties:
                            Name: reminders
                            Schedule: cron(0 7 * * ? *)
                            Input: '{"kind":"reminder"}'
                            State: DISABLED
                        Workdays:
                          Type: ScheduleV2
                          Properties:
                            ScheduleExpression: cron(0 7 ? * MON-FRI *)
                            ScheduleExpressionTimezone: Europe/Amsterdam
                            GroupName: rmt
                """);

        assertThat(function.events(ScheduleSource.class)).containsExactly(
                new ScheduleSource("Nightly", "Schedule", "rate(1 day)", Optional.empty(), true, Optional.empty(),
                        "arn:aws:events:eu-west-1:000000000000:rule/rmt-intake-EscalationFunctionNightly"),
                new ScheduleSource("Reminders", "Schedule", "cron(0 7 * * ? *)", Optional.of("{\"kind\":\"reminder\"}"),
                        false, Optional.empty(), "arn:aws:events:eu-west-1:000000000000:rule/reminders"),
                new ScheduleSource("Workdays", "ScheduleV2", "cron(0 7 ? * MON-FRI *)", Optional.empty(), true,
                        Optional.of("Europe/Amsterdam"),
                        "arn:aws:scheduler:eu-west-1:000000000000:schedule/rmt/rmt-intake-EscalationFunctionWorkdays"));
    }

    private static FunctionDefinition function(String yaml) {
        TemplateModel template = TemplateModel.parse(yaml, "test.yaml");
        ProvisionedResources resources = ProvisionedResources.of(List.of(new ProvisionedResource(
                "AlarmTopic", ProvisionedResources.TOPIC, TOPIC_ARN, Map.of("TopicArn", TOPIC_ARN))));
        IntrinsicResolver resolver = new IntrinsicResolver(template, StackSettings.defaults(), resources);
        return new FunctionReader(template, resolver, resources).read().get(0);
    }
}
