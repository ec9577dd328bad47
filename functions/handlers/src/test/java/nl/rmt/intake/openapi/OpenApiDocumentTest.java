package nl.rmt.intake.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.feedback.FeedbackType;
import nl.rmt.intake.domain.feedback.Outcome;
import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.form.ErrorCode;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.form.WorkStatus;
import nl.rmt.intake.localstack.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** api/openapi.yaml on its own: complete, consistent with itself, and naming the values the code knows. */
class OpenApiDocumentTest {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private static OpenApiDocument document;

    @BeforeAll
    static void read() {
        document = OpenApiDocument.load();
    }

    @Test
    void isAnOpenApi31DocumentWithAVersionAndServers() {
        assertThat(document.root().path("openapi").asText()).startsWith("3.1.");
        assertThat(document.root().at("/info/version").asText()).isNotBlank();
        assertThat(document.root().path("servers")).isNotEmpty();
    }

    @Test
    void everyLocalReferenceResolves() {
        List<String> references = new ArrayList<>();
        collectReferences(document.root(), references);

        assertThat(references).isNotEmpty();
        assertThat(references).allSatisfy(reference ->
                assertThat(document.root().at(reference.substring(1)).isMissingNode()).as(reference).isFalse());
    }

    @Test
    void everyOperationHasAUniqueIdATagAndAnExplicitSecurityChoice() {
        Set<String> ids = new HashSet<>();
        assertThat(document.operations().values()).allSatisfy(operation -> {
            assertThat(ids.add(operation.node().path("operationId").asText())).as(operation + " operationId").isTrue();
            assertThat(operation.node().path("tags")).as(operation + " tags").isNotEmpty();
            assertThat(operation.node().has("security")).as(operation + " security").isTrue();
        });
    }

    @Test
    void everyPathParameterIsDeclaredAndRequiredAndNoOtherIs() {
        assertThat(document.operations().values()).allSatisfy(operation -> {
            Set<String> inPath = new TreeSet<>();
            Matcher matcher = PATH_PARAMETER.matcher(operation.path());
            while (matcher.find()) {
                inPath.add(matcher.group(1));
            }
            Set<String> declared = operation.parameters("path").stream()
                    .map(parameter -> parameter.path("name").asText())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(declared).as(operation.routeKey()).isEqualTo(inPath);
            assertThat(operation.parameters("path")).as(operation + " path parameters are required")
                    .allSatisfy(parameter -> assertThat(parameter.path("required").asBoolean(false)).isTrue());
        });
    }

    @Test
    void everyResponseSaysNoStoreAsTheHandlersDo() {
        assertThat(document.operations().values()).allSatisfy(operation ->
                operation.statuses().forEach(status -> {
                    JsonNode response = operation.response(Integer.parseInt(status)).orElseThrow();
                    JsonNode header = response.at("/headers/Cache-Control");
                    assertThat(header.isMissingNode()).as(operation + " " + status + " Cache-Control").isFalse();
                    assertThat(document.resolve(header).at("/schema/const").asText())
                            .as(operation + " " + status).isEqualTo("no-store");
                }));
    }

    @Test
    void everyComponentSchemaCompiles() {
        document.root().path("components").path("schemas").fields().forEachRemaining(schema ->
                assertThat(document.compile(schema.getValue())).as(schema.getKey()).isNotNull());
    }

    @Test
    void everyExampleFollowsTheSchemaItIllustrates() {
        List<String> problems = new ArrayList<>();
        int[] checked = {0};
        document.operations().values().forEach(operation -> {
            operation.requestBody().ifPresent(body -> body.path("content").fields().forEachRemaining(media ->
                    checkExamples(operation + " request", media.getValue(), problems, checked)));
            operation.statuses().forEach(status -> operation.response(Integer.parseInt(status)).orElseThrow()
                    .path("content").fields().forEachRemaining(media ->
                            checkExamples(operation + " " + status, media.getValue(), problems, checked)));
            for (String in : List.of("path", "query", "header")) {
                operation.parameters(in).forEach(parameter ->
                        checkExamples(operation + " " + parameter.path("name").asText(), parameter, problems, checked));
            }
        });
        document.root().path("components").path("schemas").fields().forEachRemaining(schema ->
                checkSchemaExamples("#/components/schemas/" + schema.getKey(), schema.getValue(), problems, checked));

        assertThat(checked[0]).as("examples checked").isGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    @Test
    void theFeedbackRequestIsThePublishedPartnerContractSchema() throws IOException {
        ObjectNode contract = (ObjectNode) new ObjectMapper().readTree(ProjectFiles.root().resolve(
                "functions/domain/src/main/resources/contract/partner-messages/v1/feedback.schema.json").toFile());
        contract.remove(List.of("$schema", "$id"));

        assertThat(document.root().at("/components/schemas/FeedbackRequest")).isEqualTo(contract);
    }

    @Test
    void everyStableErrorCodeIsAmongTheDocumentedCodes() {
        Set<String> documented = texts(document.root().at("/components/schemas/FieldError/properties/code")
                .path("x-extensible-enum"));

        assertThat(documented).containsAll(names(ErrorCode.values()));
    }

    @Test
    void theDocumentedChoicesAreExactlyTheOnesTheCodeKnows() {
        assertThat(enumOf("CaseStatus")).isEqualTo(names(CaseStatus.values()));
        assertThat(enumOf("TargetGroup")).isEqualTo(names(TargetGroup.values()));
        assertThat(enumOf("PartnerType")).isEqualTo(names(PartnerType.values()));
        assertThat(enumOf("Need")).isEqualTo(names(Need.values()));
        assertThat(enumOf("WorkStatus")).isEqualTo(names(WorkStatus.values()));
        assertThat(enumOf("Benefit")).isEqualTo(names(Benefit.values()));
        assertThat(enumOf("Outcome")).isEqualTo(names(Outcome.values()));
        assertThat(texts(document.root().at("/components/schemas/FeedbackRequest/properties/type/enum")))
                .isEqualTo(names(FeedbackType.values()));
        assertThat(enumOf("Language")).isEqualTo(
                Arrays.stream(Language.values()).map(Language::code).collect(Collectors.toSet()));
    }

    @Test
    void theConsentQuestionsAreExactlyThePartnerTypesThatNeedConsent() {
        Set<String> asked = new TreeSet<>();
        document.root().at("/components/schemas/IntakeConsent/properties/partnerTypes/properties").fieldNames()
                .forEachRemaining(asked::add);

        assertThat(asked).isEqualTo(Arrays.stream(PartnerType.values()).filter(PartnerType::needsConsent)
                .map(Enum::name).collect(Collectors.toSet()));
    }

    private static void checkExamples(String where, JsonNode holder, List<String> problems, int[] checked) {
        JsonNode schema = holder.path("schema");
        if (holder.has("example")) {
            checked[0]++;
            problems.addAll(validate(where + " example", schema, holder.get("example")));
        }
        holder.path("examples").fields().forEachRemaining(example -> {
            checked[0]++;
            problems.addAll(validate(where + " example " + example.getKey(), schema,
                    document.resolve(example.getValue()).path("value")));
        });
    }

    /** Schemas carry JSON Schema's own {@code examples}, a list of values, at any depth. */
    private static void checkSchemaExamples(String where, JsonNode schema, List<String> problems, int[] checked) {
        if (schema.isObject()) {
            if (schema.path("examples").isArray()) {
                for (JsonNode example : schema.get("examples")) {
                    checked[0]++;
                    problems.addAll(validate(where + " example " + example, schema, example));
                }
            }
            schema.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("examples") && !field.getKey().equals("enum")
                        && !field.getKey().equals("const") && !field.getKey().equals("default")) {
                    checkSchemaExamples(where + "/" + field.getKey(), field.getValue(), problems, checked);
                }
            });
        } else if (schema.isArray()) {
            for (int i = 0; i < schema.size(); i++) {
                checkSchemaExamples(where + "/" + i, schema.get(i), problems, checked);
            }
        }
    }

    private static List<String> validate(String where, JsonNode schema, JsonNode value) {
        return document.compile(schema).validate(value).stream()
                .map(ValidationMessage::getMessage).map(message -> where + ": " + message).toList();
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref")) {
                    references.add(field.getValue().asText());
                } else {
                    collectReferences(field.getValue(), references);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collectReferences(item, references));
        }
    }

    private static Set<String> enumOf(String schema) {
        return texts(document.root().at("/components/schemas/" + schema + "/enum"));
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
