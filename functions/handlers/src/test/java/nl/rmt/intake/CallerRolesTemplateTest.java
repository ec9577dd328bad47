package nl.rmt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.rmt.intake.domain.routing.Partner;
import nl.rmt.intake.domain.routing.RoutingData;
import nl.rmt.intake.localstack.ProjectFiles;
import nl.rmt.intake.localstack.template.TemplateModel;
import nl.rmt.intake.localstack.template.TemplateResource;
import org.junit.jupiter.api.Test;

/**
 * The callers' roles in template.yaml (CreateCallerRoles) are exactly one per partner and per region's desk in the
 * routing data, plus the monitoring role, each with its trust parameter and exactly its queue and routes.
 */
class CallerRolesTemplateTest {

    private static final String API = "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${HttpApi}/$default";
    private static final String FEEDBACK = API + "/POST/v1/partner/cases/*/feedback";
    private static final String COUNTS = API + "/GET/v1/monitoring/counts";

    private final TemplateModel template = TemplateModel.load(ProjectFiles.template());

    @Test
    void thereIsOneCallerRoleForEachPartnerAndDeskOfTheRoutingDataAndOneForMonitoring() {
        Set<String> expected = RoutingData.loadDefault().partners().all().stream()
                .map(partner -> baseName(partner) + "CallerRole")
                .collect(Collectors.toCollection(TreeSet::new));
        expected.add("MonitoringCallerRole");

        Set<String> callerRoles = template.resourcesOfType("AWS::IAM::Role").stream()
                .filter(role -> role.condition().isPresent())
                .map(TemplateResource::logicalId)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(callerRoles).isEqualTo(expected);
    }

    @Test
    void aPartnerMayReadOnlyItsOwnQueueAndReportOnlyThroughTheFeedbackRoute() {
        for (Partner partner : RoutingData.loadDefault().partners().all()) {
            if (isDesk(partner)) {
                continue;
            }
            assertRole(partner, "partner-" + partner.id(), List.of(FEEDBACK));
        }
    }

    @Test
    void aDeskMayReadItsQueueAndCallOnlyItsRegionsRoutesTheCountsAndTheFeedbackRoute() {
        for (Partner partner : RoutingData.loadDefault().partners().all()) {
            if (!isDesk(partner)) {
                continue;
            }
            String region = partner.queue().substring("desk-".length());
            String code = region.toUpperCase(Locale.ROOT);
            assertRole(partner, "desk-" + region, List.of(
                    API + "/GET/v1/regions/" + code + "/cases",
                    API + "/GET/v1/regions/" + code + "/cases/*",
                    API + "/POST/v1/regions/" + code + "/cases/*/reroute",
                    API + "/POST/v1/regions/" + code + "/reorganisations",
                    API + "/GET/v1/regions/" + code + "/reorganisations",
                    API + "/GET/v1/regions/" + code + "/reorganisations/*",
                    API + "/POST/v1/regions/" + code + "/reorganisations/*/close",
                    API + "/POST/v1/regions/" + code + "/reorganisations/*/employer-key",
                    COUNTS,
                    FEEDBACK));
        }
    }

    @Test
    void aDeskRoleIsAlsoGivenToItsGroupsMembersSignedInThroughTheDesksIdentityPoolAndToNoOneElse() {
        for (Partner partner : RoutingData.loadDefault().partners().all()) {
            if (!isDesk(partner)) {
                continue;
            }
            TemplateResource role = template.resource(baseName(partner) + "CallerRole").orElseThrow();
            List<?> trust = (List<?>) ((Map<?, ?>) role.properties().get("AssumeRolePolicyDocument")).get("Statement");

            assertThat(trust).as(role.logicalId()).hasSize(2);
            assertThat(trust.get(1)).as(role.logicalId()).isEqualTo(Map.of(
                    "Effect", "Allow",
                    "Principal", Map.of("Federated", "cognito-identity.amazonaws.com"),
                    "Action", "sts:AssumeRoleWithWebIdentity",
                    "Condition", Map.of(
                            "StringEquals", Map.of("cognito-identity.amazonaws.com:aud", Map.of("Ref", "DeskIdentityPool")),
                            "ForAnyValue:StringLike", Map.of("cognito-identity.amazonaws.com:amr", "authenticated"))));
        }
    }

    @Test
    void theMonitoringRoleMayOnlyReadTheCounts() {
        TemplateResource role = template.resource("MonitoringCallerRole").orElseThrow();

        assertThat(role.properties().get("RoleName")).isEqualTo(Map.of("Fn::Sub", "${AWS::StackName}-monitoring"));
        assertTrustedBy(role, "MonitoringCallerTrust");
        assertThat(statements(role)).containsExactly(allow(List.of("execute-api:Invoke"), Map.of("Fn::Sub", COUNTS)));
    }

    private void assertRole(Partner partner, String roleName, List<String> routes) {
        String base = baseName(partner);
        TemplateResource role = template.resource(base + "CallerRole").orElseThrow();
        String queue = queueLogicalId(partner.queue());
        String deadLetters = queueLogicalId(partner.queue() + "-dlq");

        assertThat(role.condition()).as(base).contains("CreateCallerRoles");
        assertThat(role.properties().get("RoleName")).as(base).isEqualTo(Map.of("Fn::Sub", "${AWS::StackName}-" + roleName));
        assertTrustedBy(role, base + "CallerTrust");
        assertThat(statements(role)).as(base).containsExactly(
                allow(List.of("sqs:GetQueueUrl", "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"),
                        List.of(arnOf(queue), arnOf(deadLetters))),
                allow(List.of("sqs:StartMessageMoveTask", "sqs:ListMessageMoveTasks", "sqs:CancelMessageMoveTask"),
                        arnOf(deadLetters)),
                allow(List.of("sqs:SendMessage"), arnOf(queue)),
                allow(List.of("execute-api:Invoke"), routes.stream().map(route -> Map.of("Fn::Sub", route)).toList()));
    }

    private void assertTrustedBy(TemplateResource role, String parameter) {
        assertThat(template.parameters()).as(role.logicalId()).containsKey(parameter);
        assertThat(template.conditions()).as(role.logicalId()).containsKey(parameter + "Given");
        Map<?, ?> trust = (Map<?, ?>) ((List<?>) ((Map<?, ?>) role.properties().get("AssumeRolePolicyDocument"))
                .get("Statement")).get(0);
        assertThat(trust.get("Principal")).as(role.logicalId()).isEqualTo(Map.of("AWS", Map.of("Fn::If",
                List.of(parameter + "Given", Map.of("Ref", parameter), Map.of("Ref", "AWS::AccountId")))));
        assertThat(trust.get("Action")).isEqualTo("sts:AssumeRole");
    }

    private String queueLogicalId(String queue) {
        Map<String, String> name = Map.of("Fn::Sub", "${AWS::StackName}-" + queue + ".fifo");
        return template.resourcesOfType("AWS::SQS::Queue").stream()
                .filter(resource -> name.equals(resource.properties().get("QueueName")))
                .map(TemplateResource::logicalId).findFirst().orElseThrow(() -> new AssertionError("no queue " + queue));
    }

    private static List<Object> statements(TemplateResource role) {
        Map<?, ?> policy = (Map<?, ?>) ((List<?>) role.properties().get("Policies")).get(0);
        return List.copyOf((List<?>) ((Map<?, ?>) policy.get("PolicyDocument")).get("Statement"));
    }

    private static Map<String, Object> allow(List<String> actions, Object resource) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Effect", "Allow");
        statement.put("Action", actions);
        statement.put("Resource", resource);
        return statement;
    }

    private static Map<String, List<String>> arnOf(String logicalId) {
        return Map.of("Fn::GetAtt", List.of(logicalId, "Arn"));
    }

    private static boolean isDesk(Partner partner) {
        return partner.queue().startsWith("desk-");
    }

    /** {@code partner-am18-gemeente} is PartnerAm18Gemeente, {@code desk-am01} DeskAm01. */
    private static String baseName(Partner partner) {
        String name = isDesk(partner) ? partner.queue() : "partner-" + partner.id();
        List<String> words = new ArrayList<>();
        for (String word : name.split("-")) {
            words.add(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return String.join("", words);
    }
}
