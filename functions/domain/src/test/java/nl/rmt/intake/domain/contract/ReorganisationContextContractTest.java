package nl.rmt.intake.domain.contract;

import static nl.rmt.intake.domain.contract.Contract.problems;
import static nl.rmt.intake.domain.contract.PartnerTypeSchemas.fileName;
import static nl.rmt.intake.domain.contract.SampleCases.CASE_ID;
import static nl.rmt.intake.domain.contract.SampleCases.REFERENCE;
import static nl.rmt.intake.domain.contract.SampleCases.SUBMITTED_AT;
import static nl.rmt.intake.domain.contract.SampleCases.TRIAGE;
import static nl.rmt.intake.domain.contract.SampleCases.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.reorganisation.ReorganisationContext;
import nl.rmt.intake.domain.routing.Partner;
import nl.rmt.intake.domain.routing.PartnerMessage;
import nl.rmt.intake.domain.routing.Recipient;
import nl.rmt.intake.domain.routing.Role;
import nl.rmt.intake.domain.routing.RoutingDecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lead of a case that came through a reorganisation is told of it, as far as its partner type may be. */
class ReorganisationContextContractTest {

    private static final ReorganisationContext DRECHTWERK = new ReorganisationContext(
            "reo-5c1f9a2e-7b3d-4e8f-a6c1-2d9e0b4f7a35", "Drechtwerk Metaal BV", "12345678", "C",
            LocalDate.of(2027, 3, 1));

    private static PartnerMessage assigned(PartnerType type, Role role) {
        IntakeForm form = SampleCases.form(SampleCases.COMPLETE).withReorganisation(DRECHTWERK);
        RoutingDecision decision = SampleCases.decision(form);
        Partner partner = SampleCases.partnerOfType(type);
        return TRIAGE.messageFactory().build(CASE_ID, REFERENCE, decision, new Recipient(partner, role, List.of()),
                form, SUBMITTED_AT);
    }

    @ParameterizedTest
    @EnumSource(PartnerType.class)
    void theLeadGetsExactlyTheReorganisationFieldsItsTypeMaySeeAndTheMessageFollowsItsSchema(PartnerType type) {
        ObjectNode message = json(assigned(type, Role.LEAD));
        List<String> allowed = PartnerTypeSchemas.reorganisationFields(
                Contract.classpathJson(PartnerTypeSchemas.PARTNER_TYPES).get("types").get(type.name()));

        List<String> shown = new ArrayList<>();
        message.path("reorganisation").fieldNames().forEachRemaining(shown::add);
        assertThat(shown).containsExactlyInAnyOrderElementsOf(allowed);
        assertThat(problems(fileName(type.name()), message)).isEmpty();
        assertThat(problems("case-assigned.schema.json", message)).isEmpty();
        assertThat(message.toString()).doesNotContain(DRECHTWERK.reorganisationId());
    }

    @ParameterizedTest
    @EnumSource(PartnerType.class)
    void aReferralIsNotToldOfTheReorganisation(PartnerType type) {
        assertThat(json(assigned(type, Role.REFERRAL)).has("reorganisation")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = PartnerType.class, names = {"ONDERWIJS", "GEMEENTE"})
    void aTypesSchemaRefusesAReorganisationFieldItMayNotSee(PartnerType type) {
        ObjectNode message = json(assigned(type, Role.LEAD));
        ((ObjectNode) message.get("reorganisation")).put("kvkNumber", "12345678");

        assertThat(problems(fileName(type.name()), message)).isNotEmpty();
        assertThat(Map.of("theGenericSchemaTakesIt", problems("case-assigned.schema.json", message)))
                .containsEntry("theGenericSchemaTakesIt", List.of());
    }
}
