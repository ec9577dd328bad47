package nl.rmt.intake.handlers.withdrawal;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rmt.intake.application.WithdrawCase;
import nl.rmt.intake.application.WithdrawalOutcome;
import nl.rmt.intake.config.AwsClients;
import nl.rmt.intake.config.Settings;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.withdrawal.WithdrawalSubmission;
import nl.rmt.intake.domain.withdrawal.WithdrawalValidation;
import nl.rmt.intake.domain.withdrawal.WithdrawalValidator;
import nl.rmt.intake.handlers.http.ErrorBody;
import nl.rmt.intake.handlers.http.HttpApiHandler;
import nl.rmt.intake.handlers.http.HttpRequest;
import nl.rmt.intake.handlers.http.HttpResponses;
import nl.rmt.intake.handlers.http.JsonFieldReader;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.observability.CaseLogContext;
import nl.rmt.intake.observability.Invocation;
import nl.rmt.intake.observability.Metric;
import nl.rmt.intake.observability.Metrics;
import nl.rmt.intake.observability.MetricsSink;
import nl.rmt.intake.store.DynamoDbCaseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/withdrawals}: a citizen withdraws with the reference and withdrawal code from their confirmation.
 * A wrong pair answers 404 without saying which half was wrong.
 */
public final class WithdrawalHandler implements HttpApiHandler {

    private static final Logger LOG = LoggerFactory.getLogger(WithdrawalHandler.class);

    private final WithdrawCase withdrawCase;

    public WithdrawalHandler() {
        this(new WithdrawCase(
                new DynamoDbCaseStore(AwsClients.dynamoDb(), Settings.required("TABLE_NAME"),
                        new QueueNames(Settings.required("QUEUE_NAME_PREFIX"))),
                IntakeTriage.loadDefault(),
                Clock.systemUTC()));
    }

    public WithdrawalHandler(WithdrawCase withdrawCase) {
        this.withdrawCase = withdrawCase;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Invocation.observe(context, MetricsSink.standard(), metrics -> withdraw(event, metrics));
    }

    private APIGatewayV2HTTPResponse withdraw(APIGatewayV2HTTPEvent event, Metrics metrics) {
        HttpRequest request = new HttpRequest(event);
        Language language = request.preferredLanguage();
        Optional<JsonNode> body = JsonFieldReader.object(request.body());
        if (body.isEmpty()) {
            return HttpResponses.json(400, new ErrorBody(invalid(language), List.of(new FieldError("body",
                    "MALFORMED_JSON", language == Language.EN ? "Send the reference and the withdrawal code."
                            : "Stuur de referentie en de intrekcode mee."))));
        }
        JsonFieldReader reader = new JsonFieldReader();
        reader.onlyKeys(body.get(), "", Set.of("reference", "code"));
        WithdrawalSubmission submission = new WithdrawalSubmission(reader.string(body.get(), "", "reference"),
                reader.string(body.get(), "", "code"));
        WithdrawalValidation validation = WithdrawalValidator.validate(submission, language);
        List<FieldError> errors = reader.withOthers(language,
                validation instanceof WithdrawalValidation.Invalid invalidRequest ? invalidRequest.errors() : List.of());
        if (!errors.isEmpty()) {
            return HttpResponses.json(400, new ErrorBody(invalid(language), errors));
        }
        var valid = ((WithdrawalValidation.Valid) validation).request();
        WithdrawalOutcome outcome = withdrawCase.withdraw(valid.reference(), valid.code());
        if (outcome instanceof WithdrawalOutcome.Withdrawn withdrawn) {
            CaseLogContext.set(withdrawn.caseId());
            LOG.info("withdrawal: withdrawn");
            metrics.count(Metric.WITHDRAWALS);
            return HttpResponses.json(200, new WithdrawalAnswer(withdrawn.reference(), "WITHDRAWN",
                    language == Language.EN
                            ? "Your registration is withdrawn. The organisations that had it are told, and your details are erased."
                            : "Uw aanmelding is ingetrokken. De organisaties die haar hadden zijn ingelicht en uw gegevens zijn verwijderd."));
        }
        LOG.info("withdrawal: no match");
        return HttpResponses.json(404, ErrorBody.of(language == Language.EN
                ? "No registration has this reference and withdrawal code."
                : "Er is geen aanmelding met deze referentie en intrekcode."));
    }

    private static String invalid(Language language) {
        return language == Language.EN ? "The request has errors." : "Het verzoek bevat fouten.";
    }
}
