package nl.rmt.intake.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.rmt.intake.config.AwsClients;
import nl.rmt.intake.handlers.reorganisation.ReorganisationDeskHandler;
import nl.rmt.intake.json.Json;
import nl.rmt.intake.store.DynamoDbReorganisations;

/**
 * Reorganisations registered and closed by a region's desk at a chosen instant, through the real desk function: for
 * counts over periods that no other test's reorganisations fall in. Their invitations run two days, so that they are
 * open in no later test's period.
 */
public final class DatedReorganisations {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private DatedReorganisations() {
    }

    /**
     * @param siteMunicipality a municipality of {@code region}
     * @return the desk's 201 answer: {@code reorganisationId}, {@code invitation.code}, …
     */
    @SuppressWarnings("unchecked")
    public static JsonNode registeredAt(String region, String siteMunicipality, String employer, String sector,
                                        int jobs, Instant at) {
        LocalDate today = LocalDate.ofInstant(at, DUTCH_TIME);
        Map<String, Object> body = Json.read(ReorganisationCalls.register(region, region).getBody(), LinkedHashMap.class);
        ((Map<String, Object>) body.get("employer")).put("name", employer);
        body.put("siteMunicipality", siteMunicipality);
        body.put("sector", sector);
        body.put("jobsAffected", jobs);
        body.put("expectedNoticeDate", today.plusDays(60).toString());
        body.put("invitationValidUntil", today.plusDays(2).toString());
        var response = desk(at).handleRequest(ReorganisationCalls.registerBody(region, body), null);
        if (response.getStatusCode() != 201) {
            throw new IllegalStateException("Registering answered " + response.getStatusCode() + ": "
                    + response.getBody());
        }
        return Events.body(response);
    }

    public static void closedAt(String region, JsonNode registered, Instant at) {
        var response = desk(at).handleRequest(
                ReorganisationCalls.close(region, registered.get("reorganisationId").asText()), null);
        if (response.getStatusCode() != 200) {
            throw new IllegalStateException("Closing answered " + response.getStatusCode());
        }
    }

    public static String code(JsonNode registered) {
        return registered.at("/invitation/code").asText();
    }

    private static ReorganisationDeskHandler desk(Instant at) {
        return LocalStack.asFunction("ReorganisationDeskFunction", () -> new ReorganisationDeskHandler(
                new DynamoDbReorganisations(AwsClients.dynamoDb(), LocalStack.table()),
                System.getProperty("PAGES_ORIGIN"), System.getProperty("DESK_ROLE_PREFIX"),
                Clock.fixed(at, ZoneOffset.UTC)));
    }
}
