package nl.rmt.intake.domain.confirmation;

import java.util.Map;
import java.util.Objects;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.PartnerType;

/**
 * Who helps with one need, as the citizen is told: "Voor schulden: Schuldhulpverlening Dordrecht neemt binnen 5
 * werkdagen contact met u op." A need none of the case's partners helps with says so, and that the lead discusses it.
 *
 * @param organisation             the helping organisation in the citizen's language; null when nobody helps
 * @param contactWithinWorkingDays the helper's contact time; ignored when nobody helps
 * @param consentWithheldFor       when nobody helps: the kind of organisation the citizen did not agree to share with
 *                                 that would have helped; null otherwise
 */
public record HelpLine(Need need, String organisation, int contactWithinWorkingDays, PartnerType consentWithheldFor) {

    public HelpLine {
        Objects.requireNonNull(need, "need");
        if (organisation != null && contactWithinWorkingDays < 1) {
            throw new IllegalArgumentException("contactWithinWorkingDays must be at least 1");
        }
    }

    public static HelpLine helpedBy(Need need, String organisation, int contactWithinWorkingDays) {
        return new HelpLine(need, Objects.requireNonNull(organisation, "organisation"), contactWithinWorkingDays, null);
    }

    public static HelpLine nobody(Need need, PartnerType consentWithheldFor) {
        return new HelpLine(need, null, 0, consentWithheldFor);
    }

    /**
     * The sentence, with a transformation applied to every inserted value (HTML escaping in an HTML email).
     *
     * @param lead the organisation that leads the case: it discusses a need nobody else takes up
     */
    public String sentence(Language language, String lead, java.util.function.UnaryOperator<String> value) {
        ConfirmationWording wording = ConfirmationWording.of(language);
        String template = organisation != null ? wording.helpBy()
                : consentWithheldFor != null ? wording.helpWithoutConsent() : wording.helpByNobody();
        Map<String, String> values = Map.of(
                "need", value.apply(NeedNames.of(need, language)),
                "organisation", value.apply(organisation == null ? "" : organisation),
                "days", value.apply(wording.days(Math.max(1, contactWithinWorkingDays))),
                "type", value.apply(consentWithheldFor == null ? "" : PartnerTypeNames.of(consentWithheldFor, language)),
                "lead", value.apply(lead));
        return Placeholders.fill(template, values, value);
    }

    public String sentence(Language language, String lead) {
        return sentence(language, lead, java.util.function.UnaryOperator.identity());
    }
}
