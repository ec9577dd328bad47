package nl.rmt.intake.openapi;

import static nl.rmt.intake.openapi.ExchangeAssert.assertThatExchange;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Locale;
import nl.rmt.intake.handlers.withdrawal.WithdrawalHandler;
import nl.rmt.intake.testing.Confirmed;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The withdrawal route, called as a citizen would with their confirmation email, answers as api/openapi.yaml says. */
class OpenApiWithdrawalContractTest {

    private static WithdrawalHandler handler;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        handler = LocalStack.asFunction("WithdrawalFunction", WithdrawalHandler::new);
    }

    @Test
    void theReferenceAndCodeFromTheConfirmationFollowTheDocumentAndAreAnswered200AsDocumented() {
        Confirmed.Case confirmed = Confirmed.submitted("at-risk-employee-drechtsteden");
        APIGatewayV2HTTPEvent request = ApiCalls.withdrawal(confirmed.reference(), confirmed.code());

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void theReferenceAndCodeAsTypedInLowerCaseWithSpacesFollowTheDocumentToo() {
        Confirmed.Case confirmed = Confirmed.submitted("zzp-noordoost-brabant");
        String reference = confirmed.reference().toLowerCase(Locale.ROOT).replace('-', ' ');
        String code = confirmed.code().toLowerCase(Locale.ROOT);
        APIGatewayV2HTTPEvent request = ApiCalls.withdrawal(reference, code.substring(0, 5) + " " + code.substring(5));

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(200).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void theFixturesUnknownPairFollowsTheDocumentAndIsAnswered404AsDocumented() {
        APIGatewayV2HTTPEvent request = ApiCalls.withdrawalFixture();

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(404).requestFollowsTheDocument().answerFollowsTheDocument();
    }

    @Test
    void aReferenceWithLookAlikeCharactersIsRefusedByTheDocumentAndAnswered400AsDocumented() {
        APIGatewayV2HTTPEvent request = ApiCalls.withdrawal("RMT-0000-OOOO", "ABCDEFGHJK");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(400).requestIsRefusedByTheDocument()
                .answerFollowsTheDocument();
    }

    @Test
    void aCodeOfTheWrongLengthIsRefusedByTheDocumentAndAnswered400AsDocumented() {
        APIGatewayV2HTTPEvent request = ApiCalls.withdrawal("RMT-7KQ4-M9XW", "9GYG8ZWVB");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(400).requestIsRefusedByTheDocument()
                .answerFollowsTheDocument();
    }

    @Test
    void anUnreadableBodyIsRefusedByTheDocumentAndAnswered400AsDocumented() {
        APIGatewayV2HTTPEvent request = ApiCalls.withBody(ApiCalls.withdrawalFixture(), "{\"reference\": ");

        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertThatExchange(request, response).hasStatus(400).requestIsRefusedByTheDocument()
                .answerFollowsTheDocument();
    }
}
