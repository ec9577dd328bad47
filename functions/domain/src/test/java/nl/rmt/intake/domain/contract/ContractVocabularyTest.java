package nl.rmt.intake.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.feedback.FeedbackType;
import nl.rmt.intake.domain.feedback.Outcome;
import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.WorkStatus;
import nl.rmt.intake.domain.routing.MessageType;
import nl.rmt.intake.domain.routing.PartnerMessage;
import nl.rmt.intake.domain.routing.PersonField;
import nl.rmt.intake.domain.routing.Role;
import org.junit.jupiter.api.Test;

/**
 * The values the contract lists are exactly the values the code can send or accept. A value added in code but not
 * in the schema would make partners refuse real messages; one left in the schema after the code dropped it would
 * promise something that never comes.
 */
class ContractVocabularyTest {

    private final JsonNode assigned = Contract.schemaFile("case-assigned.schema.json");
    private final JsonNode feedback = Contract.schemaFile("feedback.schema.json");

    @Test
    void targetGroupsNeedsWorkStatusesBenefitsAndRolesMatchTheCode() {
        assertThat(values(assigned.at("/properties/targetGroups/items/properties/group/enum"))).isEqualTo(names(TargetGroup.values()));
        assertThat(values(assigned.at("/properties/needs/items/enum"))).isEqualTo(names(Need.values()));
        assertThat(values(assigned.at("/properties/situation/properties/workStatus/enum"))).isEqualTo(names(WorkStatus.values()));
        assertThat(values(assigned.at("/properties/situation/properties/benefit/enum"))).isEqualTo(names(Benefit.values()));
        assertThat(values(assigned.at("/properties/role/enum"))).isEqualTo(names(Role.values()));
    }

    @Test
    void theGenericPersonListsEveryPersonFieldTheCodeKnows() {
        List<String> properties = new ArrayList<>();
        assigned.at("/$defs/person/properties").fieldNames().forEachRemaining(properties::add);

        assertThat(properties).isEqualTo(Arrays.stream(PersonField.values()).map(PersonField::jsonName).toList());
    }

    @Test
    void theMessageTypesMatchTheCode() {
        JsonNode any = Contract.schemaFile("partner-message.schema.json");
        JsonNode notice = Contract.schemaFile("partner-notice.schema.json");

        assertThat(values(any.at("/properties/messageType/enum"))).isEqualTo(names(MessageType.values()));
        assertThat(assigned.at("/properties/messageType/const").asText()).isEqualTo(MessageType.CASE_ASSIGNED.name());
        assertThat(values(notice.at("/$defs/notice/properties/messageType/enum")))
                .containsExactly(MessageType.CASE_WITHDRAWN.name(), MessageType.CASE_REASSIGNED.name());
    }

    @Test
    void theSchemaVersionsAreMinorVersionsOfOneAndTheLastIsTheOneTheCodeWrites() {
        List<String> versions = values(assigned.at("/$defs/schemaVersion/enum"));

        assertThat(versions).allSatisfy(version -> assertThat(version).matches("1\\.[0-9]+"));
        assertThat(versions.get(versions.size() - 1)).isEqualTo(PartnerMessage.SCHEMA_VERSION);
    }

    @Test
    void feedbackTypesAndOutcomesMatchTheCode() {
        assertThat(values(feedback.at("/properties/type/enum"))).isEqualTo(names(FeedbackType.values()));
        assertThat(values(feedback.at("/properties/outcome/enum"))).isEqualTo(names(Outcome.values()));
    }

    private static List<String> values(JsonNode array) {
        assertThat(array.isArray()).as("an enum in the schema").isTrue();
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }
}
