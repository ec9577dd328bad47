package nl.rmt.intake.handlers.withdrawal;

import static nl.rmt.intake.testing.Events.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import nl.rmt.intake.handlers.outbox.OutboxDispatchHandler;
import nl.rmt.intake.json.Json;
import nl.rmt.intake.testing.Confirmed;
import nl.rmt.intake.testing.LocalStack;
import nl.rmt.intake.testing.StreamEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class WithdrawalHandlerTest {

    private static WithdrawalHandler handler;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        handler = LocalStack.asFunction("WithdrawalFunction", WithdrawalHandler::new);
    }

    @Test
    void withdrawsTheCaseErasesThePersonAndTellsEveryPartner() throws Exception {
        Confirmed.Case confirmed = Confirmed.submitted("at-risk-employee-drechtsteden");

        APIGatewayV2HTTPResponse response = withdraw(confirmed.reference(), confirmed.code());

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(body(response).get("status").asText()).isEqualTo("WITHDRAWN");
        Map<String, AttributeValue> item = LocalStack.caseItem(confirmed.caseId());
        assertThat(item.get("status").s()).isEqualTo("WITHDRAWN");
        assertThat(item).doesNotContainKeys("person", "remarks", "gsi2pk");
        assertThat(item.get("decision").m().get("region").m()).doesNotContainKey("homeMunicipality");

        LocalStack.asFunction("OutboxDispatchFunction", OutboxDispatchHandler::new).handleRequest(StreamEvents.pendingOutboxOf(confirmed.caseId()), null);
        for (String queue : new String[] {"partner-vakbonden", "partner-am23-schuldhulp"}) {
            var notices = LocalStack.takeAllFor(queue, confirmed.caseId()).stream()
                    .map(message -> Json.read(message.body(), JsonNode.class))
                    .filter(message -> message.get("messageType").asText().equals("CASE_WITHDRAWN"))
                    .toList();
            assertThat(notices).as(queue).singleElement()
                    .satisfies(notice -> assertThat(notice.has("person")).isFalse());
        }
    }

    @Test
    void aPartnerMessageStillWaitingWhenTheCitizenWithdrawsIsNeverSent() {
        Confirmed.Case confirmed = Confirmed.submitted("at-risk-employee-drechtsteden", kind -> !kind.equals("REFERRAL"));
        var lateReferrals = StreamEvents.pendingOutboxOf(confirmed.caseId(), kind -> kind.equals("REFERRAL"));
        assertThat(lateReferrals.getRecords()).isNotEmpty();

        assertThat(withdraw(confirmed.reference(), confirmed.code()).getStatusCode()).isEqualTo(200);
        LocalStack.asFunction("OutboxDispatchFunction", OutboxDispatchHandler::new).handleRequest(lateReferrals, null);

        var referrals = LocalStack.itemsOfCase(confirmed.caseId()).stream()
                .filter(item -> item.get("sk").s().startsWith("OUTBOX#"))
                .filter(item -> item.get("kind").s().equals("REFERRAL"))
                .toList();
        assertThat(referrals).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("status").s()).isEqualTo("DISCARDED");
            assertThat(item).doesNotContainKey("body");
        });
        for (var referral : referrals) {
            String queue = referral.get("queue").s();
            assertThat(LocalStack.takeAllFor(queue, confirmed.caseId()))
                    .as(queue + " gets no person's details after the withdrawal")
                    .noneMatch(message -> message.body().contains("CASE_ASSIGNED"));
        }
    }

    @Test
    void acceptsTheCodeInLowerCaseWithSpaces() {
        Confirmed.Case confirmed = Confirmed.submitted("zzp-noordoost-brabant");
        String typed = confirmed.code().toLowerCase().substring(0, 5) + " " + confirmed.code().toLowerCase().substring(5);

        assertThat(withdraw(confirmed.reference().toLowerCase(), typed).getStatusCode()).isEqualTo(200);
    }

    @Test
    void aWrongCodeIs404AndChangesNothing() {
        Confirmed.Case confirmed = Confirmed.submitted("jobseeker-ww-midden-brabant");
        String wrong = confirmed.code().charAt(0) == 'A' ? "B" + confirmed.code().substring(1)
                : "A" + confirmed.code().substring(1);

        APIGatewayV2HTTPResponse response = withdraw(confirmed.reference(), wrong);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(LocalStack.caseItem(confirmed.caseId()).get("status").s()).isEqualTo("ROUTED");
        assertThat(LocalStack.caseItem(confirmed.caseId())).containsKey("person");
    }

    @Test
    void withdrawingTwiceAnswersTheSame() {
        Confirmed.Case confirmed = Confirmed.submitted("newcomer-amsterdam");
        withdraw(confirmed.reference(), confirmed.code());

        APIGatewayV2HTTPResponse again = withdraw(confirmed.reference(), confirmed.code());

        assertThat(again.getStatusCode()).isEqualTo(200);
    }

    @Test
    void aMalformedReferenceIs400() {
        APIGatewayV2HTTPResponse response = withdraw("RMT-0000-OOOO", "ABCDEFGHJK");

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(body(response).at("/errors/0/field").asText()).isEqualTo("reference");
    }

    @ParameterizedTest
    @Event(value = "events/withdrawal/withdraw.json", type = APIGatewayV2HTTPEvent.class)
    void theFixturesUnknownReferenceIs404(APIGatewayV2HTTPEvent event) {
        assertThat(handler.handleRequest(event, null).getStatusCode()).isEqualTo(404);
    }

    @Test
    void erasesACaseStoredWithItsFormInTheCaseItemAsCasesWereBeforeTheIntakeItem() {
        Confirmed.Case confirmed = Confirmed.submitted("newcomer-amsterdam");
        storedAsOneItem(confirmed.caseId());

        APIGatewayV2HTTPResponse response = withdraw(confirmed.reference(), confirmed.code());

        assertThat(response.getStatusCode()).isEqualTo(200);
        Map<String, AttributeValue> item = LocalStack.stateItem(confirmed.caseId());
        assertThat(item.get("status").s()).isEqualTo("WITHDRAWN");
        assertThat(item).doesNotContainKeys("person", "remarks").containsKeys("situation", "needs");
        assertThat(item.get("decision").m().get("region").m()).doesNotContainKey("homeMunicipality");
    }

    /** Moves the intake item's attributes into the case item and deletes it: the shape of an older case. */
    private static void storedAsOneItem(String caseId) {
        Map<String, AttributeValue> whole = LocalStack.caseItem(caseId);
        var dynamoDb = LocalStack.stack().dynamoDb();
        dynamoDb.putItem(request -> request.tableName(LocalStack.table()).item(whole));
        dynamoDb.deleteItem(request -> request.tableName(LocalStack.table()).key(Map.of(
                "pk", AttributeValue.fromS("CASE#" + caseId), "sk", AttributeValue.fromS("CASE#INTAKE"))));
    }

    private static APIGatewayV2HTTPResponse withdraw(String reference, String code) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/withdrawal/withdraw.json");
        event.setBody(Json.write(Map.of("reference", reference, "code", code)));
        return handler.handleRequest(event, null);
    }
}
