package nl.rmt.intake.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.casefile.CaseId;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.casefile.PublicReference;
import nl.rmt.intake.domain.classification.GroupAssignment;
import nl.rmt.intake.domain.classification.IntakeDate;
import nl.rmt.intake.domain.confirmation.ConfirmationComposer;
import nl.rmt.intake.domain.explanation.DecisionExplainer;
import nl.rmt.intake.domain.explanation.DecisionExplanation;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.IntakeSubmission;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.ValidationMessages;
import nl.rmt.intake.domain.form.ValidationResult;
import nl.rmt.intake.domain.reorganisation.Invitation;
import nl.rmt.intake.domain.reorganisation.InvitationCode;
import nl.rmt.intake.domain.reorganisation.InvitationStanding;
import nl.rmt.intake.domain.reorganisation.ReorganisationContext;
import nl.rmt.intake.domain.routing.Partner;
import nl.rmt.intake.domain.routing.PartnerMessage;
import nl.rmt.intake.domain.routing.PartnerMessageFactory;
import nl.rmt.intake.domain.routing.Recipient;
import nl.rmt.intake.domain.routing.Role;
import nl.rmt.intake.domain.routing.RoutingDecision;
import nl.rmt.intake.json.Json;

/** Takes a citizen's form: validates, routes, and stores the case with its outgoing messages, or explains why not. */
public final class SubmitIntake {

    private static final String INVITATION_FIELD = "invitation";

    /** Two references colliding is rare (31^8 values); five in a row means something else is wrong. */
    private static final int REFERENCE_ATTEMPTS = 5;

    private final IntakeTriage triage;
    private final DecisionExplainer explainer;
    private final CaseStore store;
    private final Clock clock;
    private final RandomGenerator random;
    private final int emailsPerAddressPerDay;
    private final InvitationLookup invitations;

    public SubmitIntake(IntakeTriage triage, CaseStore store, Clock clock, RandomGenerator random) {
        this(triage, store, clock, random, EmailQuota.DEFAULT_PER_DAY);
    }

    /** @param emailsPerAddressPerDay confirmation emails one address may get a day; later intakes go without */
    public SubmitIntake(IntakeTriage triage, CaseStore store, Clock clock, RandomGenerator random,
            int emailsPerAddressPerDay) {
        this(triage, store, clock, random, emailsPerAddressPerDay, InvitationLookup.NONE);
    }

    /** @param invitations where a form's invitation code is looked up */
    public SubmitIntake(IntakeTriage triage, CaseStore store, Clock clock, RandomGenerator random,
            int emailsPerAddressPerDay, InvitationLookup invitations) {
        this.invitations = invitations;
        this.emailsPerAddressPerDay = emailsPerAddressPerDay;
        this.triage = triage;
        this.explainer = new DecisionExplainer(triage.routingData());
        this.store = store;
        this.clock = clock;
        this.random = random;
    }

    /** Only checks a form, as {@link #submit} would on this day; stores nothing. */
    public ValidationResult validate(IntakeSubmission submission, String deskRegion, Language fallbackLanguage) {
        return triage.validate(submission, deskRegion, fallbackLanguage, IntakeDate.intakeDate(clock.instant()));
    }

    public SubmitOutcome submit(IntakeRequest request) {
        Optional<SubmitOutcome> replay = replay(request);
        if (replay.isPresent()) {
            return replay.get();
        }
        Instant now = clock.instant();
        LocalDate today = IntakeDate.intakeDate(now);
        ValidationResult validation = withInvitationChecked(
                triage.validate(request.submission(), request.deskRegion(), request.fallbackLanguage(), today),
                request, today);
        if (request.proof() instanceof ProofCheck.Refused refused) {
            // One error per field, the proof's among them: a citizen fixes the form and the proof in one go.
            return refusedProof(refused.code(), validation, request.fallbackLanguage());
        }
        if (validation instanceof ValidationResult.Invalid invalid) {
            return new SubmitOutcome.Invalid(invalid);
        }
        ReorganisationContext reorganisation = request.invitation() == null ? null
                : invitation(request.invitation()).map(Invitation::context).orElseThrow();
        IntakeForm form = ((ValidationResult.Valid) validation).form().withReorganisation(reorganisation);
        RoutingDecision decision = triage.decide(form, request.deskRegion(), today);
        String caseId = request.proof() instanceof ProofCheck.Solved solved ? solved.caseId() : CaseId.newId();
        EmailQuota emailQuota = EmailQuota.of(form.person().email(), today, emailsPerAddressPerDay);
        for (int attempt = 1; attempt <= REFERENCE_ATTEMPTS; attempt++) {
            NewCase newCase =
                    newCase(request, form, decision, caseId, PublicReference.generate(random), now, emailQuota,
                            reorganisation);
            try {
                store.create(newCase);
                return new SubmitOutcome.Accepted(newCase.receipt(), false,
                        decision.groups().stream().map(GroupAssignment::group).toList());
            } catch (CaseStore.ReferenceTakenException taken) {
                // Draw another reference.
            } catch (EmailQuota.ReachedException reached) {
                emailQuota = null;
            } catch (CaseStore.ConcurrentChangeException sameAddressAtOnce) {
                // Another intake counted an email to the same address at the same moment: count again.
            } catch (CaseStore.IdempotencyKeyTakenException concurrent) {
                return replay(request).orElseThrow();
            } catch (CaseStore.ProofSpentException spent) {
                return refusedProof(ProofMessages.SPENT, validation, request.fallbackLanguage());
            }
        }
        throw new IllegalStateException("No free public reference after " + REFERENCE_ATTEMPTS + " attempts");
    }

    private static SubmitOutcome refusedProof(String code, ValidationResult validation, Language fallbackLanguage) {
        List<FieldError> errors = new ArrayList<>();
        Language language = fallbackLanguage;
        if (validation instanceof ValidationResult.Invalid invalid) {
            errors.addAll(invalid.errors());
            language = invalid.language();
        } else if (validation instanceof ValidationResult.Valid valid) {
            // A valid form names its language; the header only stands in for a form that names none.
            language = valid.form().person().language();
        }
        errors.add(new FieldError(ProofMessages.FIELD, code, ProofMessages.text(code, language)));
        return new SubmitOutcome.Invalid(new ValidationResult.Invalid(language, List.copyOf(errors)));
    }

    private Optional<SubmitOutcome> replay(IntakeRequest request) {
        if (request.idempotencyKey() == null) {
            return Optional.empty();
        }
        return store.findIdempotencyRecord(request.deskRegion(), request.idempotencyKey())
                .map(stored -> stored.fingerprint().equals(request.fingerprint())
                        ? new SubmitOutcome.Accepted(stored.receipt(), true, List.of())
                        : new SubmitOutcome.KeyReused());
    }

    /**
     * A form that came with an invitation is taken only with a valid invitation of the desk's region; otherwise the
     * field {@code invitation} gets its error beside the form's own, in the language of the form's answer.
     */
    private ValidationResult withInvitationChecked(ValidationResult validation, IntakeRequest request,
            LocalDate today) {
        if (request.invitation() == null) {
            return validation;
        }
        InvitationStanding standing = invitation(request.invitation())
                .map(invitation -> invitation.standing(today, request.deskRegion()))
                .orElse(InvitationStanding.UNKNOWN);
        if (standing == InvitationStanding.VALID) {
            return validation;
        }
        List<FieldError> errors = new ArrayList<>();
        Language language = validation instanceof ValidationResult.Invalid invalid ? invalid.language()
                : ((ValidationResult.Valid) validation).form().person().language();
        if (validation instanceof ValidationResult.Invalid invalid) {
            errors.addAll(invalid.errors());
        }
        if (errors.stream().noneMatch(error -> INVITATION_FIELD.equals(error.field()))) {
            errors.add(new FieldError(INVITATION_FIELD, standing.error().name(),
                    ValidationMessages.message(language, standing.error())));
        }
        return new ValidationResult.Invalid(language, List.copyOf(errors));
    }

    private Optional<Invitation> invitation(String typed) {
        return InvitationCode.normalise(typed).flatMap(invitations::invitation);
    }

    private NewCase newCase(
            IntakeRequest request, IntakeForm form, RoutingDecision decision, String caseId, String reference,
            Instant now, EmailQuota emailQuota, ReorganisationContext reorganisation) {
        Partner lead = decision.lead().partner();
        DecisionExplanation explanation = explainer.explain(decision, form);
        CaseReceipt receipt = new CaseReceipt(
                caseId,
                reference,
                CaseStatus.SUBMITTED.name(),
                decision.region().caseRegion().code(),
                lead.id(),
                lead.displayName(form.person().language()),
                lead.contactWithinWorkingDays(),
                emailQuota == null
                        ? CaseReceipt.ConfirmationEmail.WITHHELD_DAILY_LIMIT
                        : CaseReceipt.ConfirmationEmail.QUEUED,
                ConfirmationComposer.partnerTypesOf(decision),
                help(explanation, form.person().language()),
                reorganisation == null ? null : new CaseReceipt.Reorganisation(reorganisation.employerName()));
        IdempotencyRecord idempotency = request.idempotencyKey() == null
                ? null
                : new IdempotencyRecord(request.deskRegion(), request.idempotencyKey(), request.fingerprint(), receipt);
        return new NewCase(caseId, reference, form, decision, now,
                partnerMessages(caseId, reference, decision, form, now), idempotency, receipt, emailQuota,
                request.proof() instanceof ProofCheck.Solved solved ? solved : null, explanation,
                reorganisation);
    }

    private static List<CaseReceipt.Help> help(DecisionExplanation explanation, Language language) {
        return explanation.needs().stream().map(DecisionExplanation.ExplainedNeed::help).map(help -> help.helperIfAny()
                .map(helper -> new CaseReceipt.Help(help.need(), helper.partner().id(),
                        helper.partner().displayName(language), helper.partner().contactWithinWorkingDays(), null))
                .orElseGet(() -> new CaseReceipt.Help(help.need(), null, null, null, help.consentWithheldFor())))
                .toList();
    }

    private List<OutboxMessage> partnerMessages(
            String caseId, String reference, RoutingDecision decision, IntakeForm form, Instant now) {
        List<OutboxMessage> messages = new ArrayList<>();
        for (Recipient recipient : decision.recipients()) {
            String partnerId = recipient.partner().id();
            PartnerMessage message = triage.messageFactory().build(
                    caseId, reference, decision, recipient, form, now, PartnerMessageFactory.FIRST_ROUND);
            messages.add(new OutboxMessage(
                    "PARTNER#" + partnerId,
                    recipient.role() == Role.LEAD ? OutboxMessage.Kind.LEAD : OutboxMessage.Kind.REFERRAL,
                    recipient.partner().queue(),
                    caseId,
                    message.messageId(),
                    Json.write(message)));
        }
        return messages;
    }
}
