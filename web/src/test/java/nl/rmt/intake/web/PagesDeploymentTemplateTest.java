package nl.rmt.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.rmt.intake.localstack.ProjectFiles;
import nl.rmt.intake.localstack.template.TemplateModel;
import org.junit.jupiter.api.Test;

/**
 * How template.yaml serves the pages (a private bucket read only by the distribution, the API under /v1/*) and signs
 * desks in (each region's user pool group maps to its desk role).
 */
class PagesDeploymentTemplateTest {

    private static final TemplateModel TEMPLATE = TemplateModel.load(ProjectFiles.template());
    private static final String CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            current = current instanceof List<?> list ? list.get(Integer.parseInt(key)) : ((Map<String, Object>) current).get(key);
        }
        return (T) current;
    }

    private static Map<String, Object> properties(String logicalId) {
        return TEMPLATE.resource(logicalId).orElseThrow().properties();
    }

    @Test
    void theBucketIsPrivateAndOnlyTheDistributionMayReadIt() {
        Map<String, Object> block = at(properties("PagesBucket"), "PublicAccessBlockConfiguration");
        assertThat(block).containsOnly(Map.entry("BlockPublicAcls", true), Map.entry("BlockPublicPolicy", true),
                Map.entry("IgnorePublicAcls", true), Map.entry("RestrictPublicBuckets", true));

        List<Map<String, Object>> statements = at(properties("PagesBucketPolicy"), "PolicyDocument", "Statement");
        List<Map<String, Object>> allowed = statements.stream().filter(s -> "Allow".equals(s.get("Effect"))).toList();
        assertThat(allowed).singleElement().satisfies(statement -> {
            assertThat(at(statement, "Principal", "Service").toString()).isEqualTo("cloudfront.amazonaws.com");
            assertThat(statement.get("Action")).isEqualTo("s3:GetObject");
            assertThat(at(statement, "Condition", "StringEquals").toString()).contains("${PagesDistribution}");
        });
    }

    @Test
    void theDistributionReadsThePagesWithOriginAccessControlAndPassesV1ToTheApiUncached() {
        Map<String, Object> config = at(properties("PagesDistribution"), "DistributionConfig");
        List<Map<String, Object>> origins = at(config, "Origins");
        Map<String, Object> pages = origins.stream().filter(o -> "pages".equals(o.get("Id"))).findFirst().orElseThrow();
        Map<String, Object> api = origins.stream().filter(o -> "api".equals(o.get("Id"))).findFirst().orElseThrow();
        assertThat(pages.get("OriginAccessControlId").toString()).contains("PagesOriginAccessControl");
        assertThat(api.get("DomainName").toString()).contains("${HttpApi}.execute-api");

        assertThat(at(config, "DefaultCacheBehavior", "TargetOriginId").toString()).isEqualTo("pages");
        assertThat(at(config, "DefaultCacheBehavior", "ViewerProtocolPolicy").toString()).isEqualTo("redirect-to-https");
        List<Map<String, Object>> behaviours = at(config, "CacheBehaviors");
        assertThat(behaviours).singleElement().satisfies(v1 -> {
            assertThat(v1.get("PathPattern")).isEqualTo("/v1/*");
            assertThat(v1.get("TargetOriginId")).isEqualTo("api");
            assertThat(v1.get("CachePolicyId")).isEqualTo(CACHING_DISABLED);
            assertThat((List<String>) at(v1, "AllowedMethods")).contains("POST", "OPTIONS");
        });
    }

    @Test
    void everyRegionsDeskGroupGetsThatRegionsDeskRoleAndNoOneElseGetsARole() {
        List<String> roles = TEMPLATE.resourcesOfType("AWS::Cognito::UserPoolGroup").stream()
                .map(group -> group.properties().get("GroupName") + " " + group.properties().get("RoleArn"))
                .toList();

        List<String> deskRoles = TEMPLATE.resourcesOfType("AWS::IAM::Role").stream()
                .map(role -> role.properties().get("RoleName"))
                .filter(name -> name instanceof Map<?, ?> sub && String.valueOf(sub.get("Fn::Sub")).contains("-desk-am"))
                .map(name -> String.valueOf(((Map<?, ?>) name).get("Fn::Sub")).replaceAll(".*-desk-", ""))
                .toList();

        assertThat(deskRoles).hasSize(35);
        assertThat(roles).hasSameSizeAs(deskRoles);
        for (String code : deskRoles) {
            assertThat(roles).anySatisfy(role -> assertThat(role).startsWith("desk-" + code + " ")
                    .endsWith(":role/${AWS::StackName}-desk-" + code + "}"));
        }
        Map<String, Object> mapping = at(properties("DeskIdentityPoolRoles"), "RoleMappings", "desks");
        assertThat(mapping).containsEntry("Type", "Token").containsEntry("AmbiguousRoleResolution", "Deny");
        assertThat(properties("DeskIdentityPool")).containsEntry("AllowUnauthenticatedIdentities", false);
        assertThat(properties("DeskUserPool")).containsEntry("MfaConfiguration", "ON");
    }
}
