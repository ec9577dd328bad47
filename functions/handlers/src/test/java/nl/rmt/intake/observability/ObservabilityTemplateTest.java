package nl.rmt.intake.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.rmt.intake.json.Json;
import nl.rmt.intake.localstack.ProjectFiles;
import nl.rmt.intake.localstack.template.TemplateModel;
import nl.rmt.intake.localstack.template.TemplateResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The alarms and the dashboard in template.yaml must keep up with the queues, the functions and the metrics. */
class ObservabilityTemplateTest {

    private static final String ALARM = "AWS::CloudWatch::Alarm";
    /** CloudWatch's hard limit on the metrics one alarm's metric math may read. */
    private static final int METRICS_PER_ALARM = 10;
    private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([A-Za-z0-9]+)(\\.[A-Za-z]+)?}");

    private static TemplateModel template;
    private static List<TemplateResource> alarms;

    @BeforeAll
    static void readTheTemplate() {
        template = TemplateModel.load(ProjectFiles.template());
        alarms = template.resourcesOfType(ALARM);
    }

    @Test
    void everyDeadLetterQueueIsWatchedByExactlyOneAlarm() {
        List<String> deadLetterQueues = template.resourcesOfType("AWS::SQS::Queue").stream()
                .filter(ObservabilityTemplateTest::holdsWhatCouldNotBeDelivered)
                .map(TemplateResource::logicalId)
                .toList();
        List<String> watched = alarms.stream().flatMap(alarm -> metricsOf(alarm).stream())
                .filter(metric -> "ApproximateNumberOfMessagesVisible".equals(metric.get("MetricName")))
                .map(metric -> dimensionTarget(metric, "QueueName"))
                .toList();

        assertThat(deadLetterQueues).hasSizeGreaterThan(40);
        assertThat(watched).containsExactlyInAnyOrderElementsOf(deadLetterQueues);
    }

    @Test
    void everyFunctionHasAnAlarmOnItsErrorsAndOneOnItsThrottles() {
        for (TemplateResource function : template.resourcesOfType(TemplateModel.SERVERLESS_FUNCTION)) {
            for (String metricName : List.of("Errors", "Throttles")) {
                long alarmsOnIt = alarms.stream()
                        .filter(alarm -> metricsOf(alarm).stream().anyMatch(metric ->
                                metricName.equals(metric.get("MetricName"))
                                        && function.logicalId().equals(dimensionTarget(metric, "FunctionName"))))
                        .count();
                assertThat(alarmsOnIt).as(metricName + " of " + function.logicalId()).isEqualTo(1);
            }
        }
    }

    @Test
    void everyFunctionLogsToALogGroupOfItsOwnThatExpiresAfterTheConfiguredDays() {
        List<TemplateResource> logGroups = template.resourcesOfType("AWS::Logs::LogGroup");
        for (TemplateResource function : template.resourcesOfType(TemplateModel.SERVERLESS_FUNCTION)) {
            // Named, not referenced: the function's role names its log group, and the function refers to its role.
            String name = "${AWS::StackName}-" + function.logicalId();
            assertThat(function.properties().get("FunctionName")).as("name of " + function.logicalId())
                    .isEqualTo(Map.of("Fn::Sub", name));
            String lambdasOwnName = "/aws/lambda/" + name;
            assertThat(logGroups).as("log group of " + function.logicalId())
                    .filteredOn(group -> Map.of("Fn::Sub", lambdasOwnName).equals(group.properties().get("LogGroupName")))
                    .singleElement()
                    .satisfies(group -> assertThat(group.properties().get("RetentionInDays"))
                            .isEqualTo(Map.of("Ref", "LogRetentionDays")));
        }
        assertThat(logGroups).hasSize(template.resourcesOfType(TemplateModel.SERVERLESS_FUNCTION).size());
    }

    @Test
    void everyAlarmNotifiesTheAlarmTopicAndReadsNoMoreMetricsThanCloudWatchAllows() {
        assertThat(alarms).isNotEmpty().allSatisfy(alarm -> {
            assertThat(list(alarm.properties().get("AlarmActions"))).as(alarm.logicalId())
                    .containsExactly(Map.of("Ref", "AlarmTopic"));
            List<Map<String, Object>> queries = list(alarm.properties().get("Metrics"));
            if (!queries.isEmpty()) {
                assertThat(queries.stream().filter(query -> query.containsKey("MetricStat")))
                        .as(alarm.logicalId()).hasSizeLessThanOrEqualTo(METRICS_PER_ALARM);
                assertThat(queries.stream().filter(query -> Boolean.TRUE.equals(query.get("ReturnData"))))
                        .as(alarm.logicalId() + " watches exactly one expression").hasSize(1);
            }
        });
    }

    @Test
    void theDashboardIsValidJsonAndNamesOnlyResourcesOfTheTemplate() {
        String body = dashboardBody();
        Matcher matcher = SUBSTITUTION.matcher(body);
        Set<String> named = new TreeSet<>();
        while (matcher.find()) {
            if (!matcher.group(1).startsWith("AWS")) {
                named.add(matcher.group(1));
            }
        }

        assertThat(template.resources().keySet()).containsAll(named);
        JsonNode dashboard = parsed(body);
        assertThat(dashboard.get("widgets")).isNotEmpty();
    }

    @Test
    void theDashboardShowsEveryMetricTheFunctionsPublishAndEveryAlarm() {
        String body = dashboardBody();

        for (Metric metric : Metric.values()) {
            assertThat(body).as("dashboard graph of " + metric.metricName())
                    .containsPattern("\\b" + metric.metricName() + "\\b");
        }
        for (TemplateResource alarm : alarms) {
            assertThat(body).as("dashboard alarm widget").contains("${" + alarm.logicalId() + ".Arn}");
        }
    }

    private static boolean holdsWhatCouldNotBeDelivered(TemplateResource queue) {
        String name = String.valueOf(queue.properties().get("QueueName"));
        return name.contains("-dlq") || name.contains("outbox-failures");
    }

    /** The metrics an alarm reads: its own, or those of its metric math. */
    private static List<Map<String, Object>> metricsOf(TemplateResource alarm) {
        if (alarm.properties().containsKey("MetricName")) {
            return List.of(alarm.properties());
        }
        List<Map<String, Object>> metrics = new ArrayList<>();
        for (Map<String, Object> query : list(alarm.properties().get("Metrics"))) {
            Map<String, Object> stat = map(query.get("MetricStat"));
            if (!stat.isEmpty()) {
                metrics.add(map(stat.get("Metric")));
            }
        }
        return metrics;
    }

    /** The logical id of the resource a metric's dimension points at, through !Ref or !GetAtt. */
    private static String dimensionTarget(Map<String, Object> metric, String dimensionName) {
        return list(metric.get("Dimensions")).stream()
                .filter(dimension -> dimensionName.equals(dimension.get("Name")))
                .map(dimension -> map(dimension.get("Value")))
                .flatMap(value -> Stream.of(value.get("Ref"), value.get("Fn::GetAtt")))
                .filter(target -> target != null)
                .map(target -> target instanceof List<?> getAtt ? String.valueOf(getAtt.get(0)) : String.valueOf(target))
                .findFirst()
                .orElse(null);
    }

    private static String dashboardBody() {
        List<TemplateResource> dashboards = template.resourcesOfType("AWS::CloudWatch::Dashboard");
        assertThat(dashboards).hasSize(1);
        return String.valueOf(map(dashboards.get(0).properties().get("DashboardBody")).get("Fn::Sub"));
    }

    private static JsonNode parsed(String body) {
        try {
            return Json.MAPPER.readTree(SUBSTITUTION.matcher(body).replaceAll("x"));
        } catch (java.io.IOException e) {
            throw new AssertionError("DashboardBody is not JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }
}
