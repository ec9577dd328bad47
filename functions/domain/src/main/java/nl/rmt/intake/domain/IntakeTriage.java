package nl.rmt.intake.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.rmt.intake.domain.classification.Classifier;
import nl.rmt.intake.domain.classification.GroupAssignment;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.IntakeSubmission;
import nl.rmt.intake.domain.form.IntakeValidator;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.ValidationResult;
import nl.rmt.intake.domain.region.Municipalities;
import nl.rmt.intake.domain.region.RegionResolution;
import nl.rmt.intake.domain.region.RegionResolver;
import nl.rmt.intake.domain.routing.LeadAssignment;
import nl.rmt.intake.domain.routing.PartnerMessageFactory;
import nl.rmt.intake.domain.routing.Router;
import nl.rmt.intake.domain.routing.RoutingData;
import nl.rmt.intake.domain.routing.RoutingDecision;

/** Everything that happens to a form before anything is stored: validation, region, target groups, routing. */
public final class IntakeTriage {

    private final Municipalities municipalities;
    private final RoutingData routingData;
    private final IntakeValidator validator;
    private final RegionResolver regionResolver;
    private final Classifier classifier;
    private final Router router;
    private final PartnerMessageFactory messageFactory;

    public IntakeTriage(Municipalities municipalities, RoutingData routingData) {
        this.municipalities = municipalities;
        this.routingData = routingData;
        this.validator = new IntakeValidator(municipalities);
        this.regionResolver = new RegionResolver(municipalities);
        this.classifier = new Classifier();
        this.router = new Router(routingData);
        this.messageFactory = new PartnerMessageFactory(routingData);
    }

    /** The reference data and rules shipped with this version of the code. */
    public static IntakeTriage loadDefault() {
        return new IntakeTriage(Municipalities.loadDefault(), RoutingData.loadDefault());
    }

    public ValidationResult validate(
            IntakeSubmission submission, String deskRegionCode, Language fallbackLanguage, LocalDate today) {
        return validator.validate(submission, deskRegionCode, fallbackLanguage, today);
    }

    public RoutingDecision decide(IntakeForm form, String deskRegionCode, LocalDate intakeDate) {
        RegionResolution region = region(form, deskRegionCode);
        return router.decide(form, region, targetGroups(form, region, intakeDate));
    }

    /**
     * The lead after the given partners handed the case back; see {@link Router#nextLead}. Pass the original intake
     * date, so that the target groups are the ones the case was routed on (a birthday since then must not change
     * them).
     */
    public LeadAssignment nextLead(IntakeForm form, String deskRegionCode, LocalDate intakeDate,
            Set<String> excludedPartnerIds) {
        RegionResolution region = region(form, deskRegionCode);
        return router.nextLead(form, region, targetGroups(form, region, intakeDate), excludedPartnerIds);
    }

    public RegionResolution region(IntakeForm form, String deskRegionCode) {
        return regionResolver.resolve(deskRegionCode, form.person().homeMunicipality());
    }

    /** @param intakeDate the Europe/Amsterdam date of the intake, see {@link nl.rmt.intake.domain.classification.IntakeDate} */
    public List<GroupAssignment> targetGroups(IntakeForm form, RegionResolution region, LocalDate intakeDate) {
        int youthAgeLimit = routingData.youthAgeLimit(region.caseRegion().code());
        return classifier.classify(form, intakeDate, youthAgeLimit);
    }

    public Municipalities municipalities() {
        return municipalities;
    }

    public RoutingData routingData() {
        return routingData;
    }

    public PartnerMessageFactory messageFactory() {
        return messageFactory;
    }

    public Router router() {
        return router;
    }
}
