package nl.rmt.intake.openapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one exchange with a handler: the request the test made and the handler's real answer, held against
 * {@code api/openapi.yaml}. The route is the one API Gateway would have matched, the event's {@code routeKey}.
 */
final class ExchangeAssert extends AbstractAssert<ExchangeAssert, APIGatewayV2HTTPResponse> {

    private final APIGatewayV2HTTPEvent request;
    private final ContractCheck check;

    private ExchangeAssert(APIGatewayV2HTTPEvent request, APIGatewayV2HTTPResponse response) {
        super(response, ExchangeAssert.class);
        this.request = request;
        this.check = ContractCheck.forRoute(OpenApiDocument.load(), request.getRouteKey()).orElse(null);
    }

    static ExchangeAssert assertThatExchange(APIGatewayV2HTTPEvent request, APIGatewayV2HTTPResponse response) {
        return new ExchangeAssert(request, response);
    }

    ExchangeAssert hasStatus(int status) {
        isNotNull();
        if (actual.getStatusCode() != status) {
            failWithMessage("Expected status %d but the handler answered %d: %s", status, actual.getStatusCode(),
                    actual.getBody());
        }
        return this;
    }

    ExchangeAssert routeIsDocumented() {
        if (check == null) {
            failWithMessage("The document has no operation for route %s", request.getRouteKey());
        }
        return this;
    }

    /** The request breaks nothing the document says: its path, query, documented headers and body. */
    ExchangeAssert requestFollowsTheDocument() {
        routeIsDocumented();
        List<String> problems = check.requestProblems(request);
        if (!problems.isEmpty()) {
            failWithMessage("The request to %s does not follow the document:%n%s", check.operation(),
                    String.join(System.lineSeparator(), problems));
        }
        return this;
    }

    /** The document, too, says the request is wrong: what the handler refuses, a client can tell beforehand. */
    ExchangeAssert requestIsRefusedByTheDocument() {
        routeIsDocumented();
        if (check.requestProblems(request).isEmpty()) {
            failWithMessage("The handler refused the request to %s with %d, but the document allows it: %s",
                    check.operation(), actual.getStatusCode(), request.getBody());
        }
        return this;
    }

    /** The status is one the operation lists, and the answer's headers and body are as described for it. */
    ExchangeAssert answerFollowsTheDocument() {
        routeIsDocumented();
        List<String> problems = check.responseProblems(actual);
        if (!problems.isEmpty()) {
            failWithMessage("The %d answer of %s does not follow the document:%n%s%nbody: %s", actual.getStatusCode(),
                    check.operation(), String.join(System.lineSeparator(), problems), actual.getBody());
        }
        return this;
    }
}
