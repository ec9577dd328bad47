package nl.rmt.intake.handlers.intake;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.List;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.handlers.http.ErrorBody;
import nl.rmt.intake.handlers.http.HttpRequest;
import nl.rmt.intake.handlers.http.HttpResponses;
import nl.rmt.intake.handlers.http.LoggedRegion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the intake and preview routes share: the desk region, the citizen's language and the parsed form. */
final class IntakeHttpRequest {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeHttpRequest.class);
    private static final IntakeBodyParser PARSER = new IntakeBodyParser();

    final HttpRequest http;
    final String region;
    final Language preferredLanguage;
    final ParsedBody body;

    IntakeHttpRequest(APIGatewayV2HTTPEvent event) {
        this.http = new HttpRequest(event);
        this.region = http.pathParameter("region");
        this.preferredLanguage = http.preferredLanguage();
        this.body = PARSER.parse(http.body(), region, preferredLanguage);
    }

    APIGatewayV2HTTPResponse badRequest(Language language, List<FieldError> errors) {
        // The form's field names and codes only: the submitted values, and keys the caller named, may be personal data.
        long callerNamed = errors.stream().filter(e -> !IntakeBodyParser.isFormField(e.field())).count();
        LOG.info("intake rejected: region={} fields={} callerNamedFields={}", LoggedRegion.of(region),
                errors.stream().filter(e -> IntakeBodyParser.isFormField(e.field()))
                        .map(e -> e.field() + ":" + e.code()).toList(), callerNamed);
        String message = language == Language.EN
                ? "The form has errors; nothing was stored."
                : "Het formulier bevat fouten; er is niets opgeslagen.";
        return HttpResponses.json(400, new ErrorBody(message, errors));
    }
}
