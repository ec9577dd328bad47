package nl.rmt.intake.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.domain.form.JsonText;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The packed intake item holds the remarks written from the text they were read as, and gives them back as text. */
class IntakePackingTest {

    private static final String BODY = "{\"remarks\":\"Regel \\u00e9\\u00e9n\\nmet \\\"aanhalingen\\\", \\\\ en "
            + "\\uD83D\\uDE00 \u2013 klaar\",\"x\":1}";
    private static final String REMARKS = "Regel \u00e9\u00e9n\nmet \"aanhalingen\", \\ en \ud83d\ude00 \u2013 klaar";

    private static Map<String, AttributeValue> item() {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, AttributeValue.fromS("CASE#c-1"));
        item.put(Keys.SK, AttributeValue.fromS("INTAKE"));
        item.put("type", AttributeValue.fromS("INTAKE"));
        item.put(CaseItems.PERSON, AttributeValue.fromM(Map.of("givenName", AttributeValue.fromS("Noor"))));
        item.put("needs", AttributeValue.fromL(List.of(AttributeValue.fromS("WORK"))));
        return item;
    }

    @Test
    void theRemarksReadFromTheBodyComeBackAsTheTextTheyHold() {
        JsonText remarks = JsonText.literal(BODY, "{\"remarks\":\"".length());

        Map<String, AttributeValue> unpacked = IntakePacking.unpacked(IntakePacking.packed(item(), remarks));

        assertThat(unpacked.get(CaseItems.REMARKS).s()).isEqualTo(REMARKS);
        assertThat(unpacked.get(CaseItems.PERSON).m().get("givenName").s()).isEqualTo("Noor");
        assertThat(unpacked.get("needs").l()).extracting(AttributeValue::s).containsExactly("WORK");
        assertThat(unpacked).containsEntry("type", AttributeValue.fromS("INTAKE"));
    }

    @Test
    void withoutRemarksThePackedIntakeHasNone() {
        assertThat(IntakePacking.unpacked(IntakePacking.packed(item(), null))).doesNotContainKey(CaseItems.REMARKS);
    }

    @Test
    void erasureTakesTheRemarksOutWithThePerson() {
        Map<String, AttributeValue> packed = IntakePacking.packed(item(), JsonText.of(REMARKS));

        Map<String, AttributeValue> erased = new HashMap<>(packed);
        erased.put(IntakePacking.PACKED, IntakePacking.erased(packed.get(IntakePacking.PACKED)));

        assertThat(IntakePacking.unpacked(erased)).doesNotContainKeys(CaseItems.REMARKS, CaseItems.PERSON)
                .containsKey("needs");
    }
}
