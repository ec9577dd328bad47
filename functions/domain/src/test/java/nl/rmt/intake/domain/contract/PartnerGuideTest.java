package nl.rmt.intake.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rmt.intake.domain.casefile.CaseStateMachine;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.feedback.FeedbackSubmission;
import nl.rmt.intake.domain.feedback.FeedbackValidation;
import nl.rmt.intake.domain.feedback.FeedbackValidator;
import nl.rmt.intake.domain.form.Language;
import org.junit.jupiter.api.Test;

/**
 * docs/partners.md is what partners build against, so its examples, field table and state table are checked
 * against the schemas, the routing data and the state machine: the guide cannot drift from what is sent.
 */
class PartnerGuideTest {

    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern FIELD_ROW = Pattern.compile("^\\| `([A-Z]+)` \\| ([a-z][a-zA-Z]*(?:, [a-z][a-zA-Z]*)*) \\| [^|]+ \\|$");
    private static final Pattern STATE_ROW = Pattern.compile("^\\| `([A-Z]+)` \\| [^|]+ \\| ([^|]+) \\|$");
    private static final Pattern STATUS = Pattern.compile("`([A-Z]+)`");
    private static final Set<String> FEEDBACK_FIELDS = Set.of("type", "reason", "outcome");

    private final String guide = read();

    @Test
    void everyMessageExampleFollowsTheQueueSchemaAndItsPartnerTypesSchema() {
        List<JsonNode> messages = examples().stream().filter(example -> example.has("messageType")).toList();

        assertThat(messages).extracting(message -> message.get("messageType").asText())
                .contains("CASE_ASSIGNED", "CASE_WITHDRAWN", "CASE_REASSIGNED");
        for (JsonNode message : messages) {
            String id = message.get("messageId").asText();
            assertThat(Contract.problems("partner-message.schema.json", message)).as(id).isEmpty();
            if (message.get("messageType").asText().equals("CASE_ASSIGNED")) {
                String type = partnerType(message.get("partnerId").asText());
                assertThat(Contract.problems(PartnerTypeSchemas.fileName(type), message)).as(id).isEmpty();
            }
        }
    }

    @Test
    void everyFeedbackExampleFollowsTheSchemaAndTheServerAcceptsIt() {
        List<JsonNode> bodies = examples().stream().filter(PartnerGuideTest::isFeedbackBody).toList();

        assertThat(bodies).hasSizeGreaterThanOrEqualTo(3);
        for (JsonNode body : bodies) {
            assertThat(Contract.problems("feedback.schema.json", body)).as(body.toString()).isEmpty();
            FeedbackSubmission submission = new FeedbackSubmission(body.path("type").asText(null),
                    body.path("reason").asText(null), body.path("outcome").asText(null));
            assertThat(FeedbackValidator.validate(submission, Language.NL)).as(body.toString())
                    .isInstanceOf(FeedbackValidation.Valid.class);
        }
    }

    @Test
    void theAnswerExamplesNameRealStatusesAndTheRefusalListsWhatTheStateMachineAllows() {
        List<JsonNode> refusals = examples().stream().filter(example -> example.has("allowed")).toList();
        List<JsonNode> answers = examples().stream().filter(example -> example.has("caseStatus")).toList();

        assertThat(refusals).isNotEmpty();
        assertThat(answers).isNotEmpty();
        for (JsonNode refusal : refusals) {
            CaseStatus from = CaseStatus.valueOf(refusal.get("from").asText());
            List<String> allowed = new ArrayList<>();
            refusal.get("allowed").forEach(status -> allowed.add(status.asText()));
            assertThat(allowed).isEqualTo(CaseStateMachine.allowedFrom(from).stream().map(Enum::name).sorted().toList());
            assertThat(CaseStateMachine.isAllowed(from, CaseStatus.valueOf(refusal.get("to").asText()))).isFalse();
        }
        for (JsonNode answer : answers) {
            assertThat(CaseStatus.valueOf(answer.get("caseStatus").asText())).isNotNull();
            assertThat(CaseStatus.valueOf(answer.get("yourStatus").asText())).isNotNull();
        }
    }

    @Test
    void theFieldTableListsExactlyTheFieldsOfPartnerTypesJson() {
        Map<String, List<String>> table = new LinkedHashMap<>();
        for (String line : guide.split("\n")) {
            Matcher row = FIELD_ROW.matcher(line);
            if (row.matches()) {
                table.put(row.group(1), List.of(row.group(2).split(", ")));
            }
        }

        assertThat(table).isEqualTo(PartnerTypesJson.personFieldsByType());
    }

    @Test
    void theStateTableListsExactlyTheMovesOfTheStateMachine() {
        Map<CaseStatus, Set<CaseStatus>> table = new EnumMap<>(CaseStatus.class);
        for (String line : guide.split("\n")) {
            Matcher row = STATE_ROW.matcher(line);
            if (row.matches() && isStatus(row.group(1))) {
                List<CaseStatus> moves = new ArrayList<>();
                Matcher status = STATUS.matcher(row.group(2));
                while (status.find()) {
                    moves.add(CaseStatus.valueOf(status.group(1)));
                }
                table.put(CaseStatus.valueOf(row.group(1)), Set.copyOf(moves));
            }
        }

        assertThat(table.keySet()).containsExactlyInAnyOrder(CaseStatus.values());
        table.forEach((from, moves) -> assertThat(moves).as("%s", from).isEqualTo(CaseStateMachine.allowedFrom(from)));
    }

    @Test
    void describesTheQueueSemanticsTheFeedbackApiAndTheReferenceConsumer() {
        assertThat(guide).contains("<stack>-partner-<partnerId>.fifo", "<stack>-desk-<amXX>.fifo", "message group id",
                "deduplication id", "5 receives", "POST /v1/partner/cases/{caseId}/feedback", "Signature Version 4",
                "`403`", "`409`", "`400`", "`200`", "functions/partner-consumer",
                "PartnerConsumerMain --queue <name> --api <url> --partner <id> [--accept | --reject \"reason\" | --close WORK] [--once]");
    }

    private List<JsonNode> examples() {
        List<JsonNode> examples = new ArrayList<>();
        Matcher block = JSON_BLOCK.matcher(guide);
        while (block.find()) {
            try {
                examples.add(Contract.JSON.readTree(block.group(1)));
            } catch (IOException e) {
                throw new AssertionError("a json block in docs/partners.md is not JSON: " + block.group(1), e);
            }
        }
        return examples;
    }

    private static boolean isFeedbackBody(JsonNode example) {
        List<String> fields = new ArrayList<>();
        example.fieldNames().forEachRemaining(fields::add);
        return fields.contains("type") && FEEDBACK_FIELDS.containsAll(fields);
    }

    private static boolean isStatus(String name) {
        return Arrays.stream(CaseStatus.values()).anyMatch(status -> status.name().equals(name));
    }

    private static String partnerType(String partnerId) {
        for (JsonNode partner : Contract.classpathJson("routing/partners.json").get("partners")) {
            if (partner.get("id").asText().equals(partnerId)) {
                return partner.get("type").asText();
            }
        }
        throw new AssertionError("docs/partners.md names partner " + partnerId + ", which routing/partners.json lacks");
    }

    private static String read() {
        String root = System.getProperty("rmt.root", "../..");
        try {
            return Files.readString(Path.of(root, "docs", "partners.md"));
        } catch (IOException e) {
            throw new AssertionError("docs/partners.md is missing", e);
        }
    }
}
