package nl.rmt.intake.handlers.partner;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rmt.intake.application.FeedbackOutcome;
import nl.rmt.intake.application.RecordFeedback;
import nl.rmt.intake.config.AwsClients;
import nl.rmt.intake.config.Settings;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.feedback.FeedbackSubmission;
import nl.rmt.intake.domain.feedback.FeedbackValidation;
import nl.rmt.intake.domain.feedback.FeedbackValidator;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.handlers.http.CallerIdentity;
import nl.rmt.intake.handlers.http.CaseIdParameter;
import nl.rmt.intake.handlers.http.ErrorBody;
import nl.rmt.intake.handlers.http.HttpApiHandler;
import nl.rmt.intake.handlers.http.HttpRequest;
import nl.rmt.intake.handlers.http.HttpResponses;
import nl.rmt.intake.handlers.http.JsonFieldReader;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.observability.CaseLogContext;
import nl.rmt.intake.observability.Dimension;
import nl.rmt.intake.observability.Invocation;
import nl.rmt.intake.observability.Metric;
import nl.rmt.intake.observability.Metrics;
import nl.rmt.intake.observability.MetricsSink;
import nl.rmt.intake.store.DynamoDbCaseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/partner/cases/{caseId}/feedback}, IAM-authorised: a partner reports on a case it received.
 * The partner is the one the caller's role names; a case not routed to it is answered 403 and left unchanged.
 */
public final class PartnerFeedbackHandler implements HttpApiHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerFeedbackHandler.class);

    private final RecordFeedback recordFeedback;
    private final String partnerRolePrefix;
    private final String deskRolePrefix;

    public PartnerFeedbackHandler() {
        this(new RecordFeedback(
                        new DynamoDbCaseStore(AwsClients.dynamoDb(), Settings.required("TABLE_NAME"),
                                new QueueNames(Settings.required("QUEUE_NAME_PREFIX"))),
                        IntakeTriage.loadDefault(),
                        Clock.systemUTC()),
                Settings.required("PARTNER_ROLE_PREFIX"),
                Settings.required("DESK_ROLE_PREFIX"));
    }

    /** A desk reports on the cases it leads with its desk role, the same role it uses for the desk API. */
    public PartnerFeedbackHandler(RecordFeedback recordFeedback, String partnerRolePrefix, String deskRolePrefix) {
        this.recordFeedback = recordFeedback;
        this.partnerRolePrefix = partnerRolePrefix;
        this.deskRolePrefix = deskRolePrefix;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Invocation.observe(context, MetricsSink.standard(), metrics -> feedback(event, metrics));
    }

    private APIGatewayV2HTTPResponse feedback(APIGatewayV2HTTPEvent event, Metrics metrics) {
        HttpRequest request = new HttpRequest(event);
        Optional<String> partnerId = CallerIdentity.partnerId(event, partnerRolePrefix)
                .or(() -> CallerIdentity.deskRegion(event, deskRolePrefix).map(DeskPartners::partnerIdOf));
        if (partnerId.isEmpty()) {
            LOG.info("feedback refused: caller is not a partner");
            return HttpResponses.json(403, ErrorBody.of("Forbidden"));
        }
        Language language = request.preferredLanguage();
        Optional<String> caseId = CaseIdParameter.of(event);
        if (caseId.isEmpty()) {
            return HttpResponses.json(400, new ErrorBody(invalid(language), CaseIdParameter.error()));
        }
        CaseLogContext.set(caseId.get());
        Optional<JsonNode> body = JsonFieldReader.object(request.body());
        if (body.isEmpty()) {
            return HttpResponses.json(400, new ErrorBody(invalid(language), List.of(new FieldError("body",
                    "MALFORMED_JSON", language == Language.EN ? "The body is not a valid feedback document."
                            : "De inhoud is geen geldig terugmeldingsdocument."))));
        }
        JsonFieldReader reader = new JsonFieldReader();
        reader.onlyKeys(body.get(), "", Set.of("type", "reason", "outcome"));
        FeedbackSubmission submission = new FeedbackSubmission(reader.string(body.get(), "", "type"),
                reader.string(body.get(), "", "reason"), reader.string(body.get(), "", "outcome"));
        FeedbackValidation validation = FeedbackValidator.validate(submission, language);
        List<FieldError> errors = reader.withOthers(language,
                validation instanceof FeedbackValidation.Invalid invalidFeedback ? invalidFeedback.errors() : List.of());
        if (!errors.isEmpty()) {
            return HttpResponses.json(400, new ErrorBody(invalid(language), errors));
        }
        var feedback = ((FeedbackValidation.Valid) validation).feedback();
        FeedbackOutcome outcome = recordFeedback.record(caseId.get(), partnerId.get(), feedback);
        LOG.info("feedback: partner={} type={} outcome={}", partnerId.get(), feedback.type(),
                outcome.getClass().getSimpleName());
        if (outcome instanceof FeedbackOutcome.Recorded recorded) {
            metrics.count(Metric.FEEDBACK_RECEIVED, Dimension.feedbackType(feedback.type()));
            return HttpResponses.json(200, new FeedbackAnswer(recorded.caseId(), recorded.caseStatus().name(),
                    recorded.yourStatus().name(), recorded.leadPartnerId()));
        }
        if (outcome instanceof FeedbackOutcome.InvalidTransition refused) {
            return HttpResponses.json(409, new TransitionRefused(
                    "The case is " + refused.from() + " for you; it cannot become " + refused.to() + ".",
                    refused.from().name(), refused.to().name(),
                    refused.allowed().stream().map(Enum::name).sorted().toList()));
        }
        if (outcome instanceof FeedbackOutcome.DeskCannotReject) {
            return HttpResponses.json(409, ErrorBody.of(
                    "The regional desk cannot hand a case back; re-route it to a partner with the desk API."));
        }
        if (outcome instanceof FeedbackOutcome.ErasedCannotMove) {
            return HttpResponses.json(409, ErrorBody.of("The case reached its maximum age and its personal data was "
                    + "erased, so it cannot be handed to another organisation; close it with an outcome instead."));
        }
        return HttpResponses.json(403, ErrorBody.of("Forbidden"));
    }

    private static String invalid(Language language) {
        return language == Language.EN ? "The feedback has errors; nothing was changed."
                : "De terugmelding bevat fouten; er is niets gewijzigd.";
    }
}
