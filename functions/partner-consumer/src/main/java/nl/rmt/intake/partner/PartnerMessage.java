package nl.rmt.intake.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * The routing fields of a message on a partner's queue. The person and situation fields are deliberately not
 * read: this consumer decides and logs on ids alone, so personal data never reaches its logs or output.
 *
 * @param role {@code LEAD} or {@code REFERRAL} for {@link MessageType#CASE_ASSIGNED}; empty for notices
 */
public record PartnerMessage(MessageType messageType, String messageId, String caseId, String reference,
                             String partnerId, Optional<String> role) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @throws UnreadableMessageException when the body is not JSON, lacks a routing field or names an unknown
     *                                    message type (a newer contract than this consumer knows)
     */
    public static PartnerMessage parse(String body) {
        JsonNode message;
        try {
            message = JSON.readTree(body);
        } catch (IOException e) {
            throw new UnreadableMessageException("not JSON");
        }
        if (message == null || !message.isObject()) {
            throw new UnreadableMessageException("not a JSON object");
        }
        String type = required(message, "messageType");
        MessageType messageType;
        try {
            messageType = MessageType.valueOf(type);
        } catch (IllegalArgumentException unknown) {
            throw new UnreadableMessageException("unknown messageType " + type);
        }
        String role = message.path("role").asText("");
        return new PartnerMessage(messageType, required(message, "messageId"), required(message, "caseId"),
                message.path("reference").asText(""), required(message, "partnerId"),
                role.isEmpty() ? Optional.empty() : Optional.of(role));
    }

    public boolean isLead() {
        return role.filter("LEAD"::equals).isPresent();
    }

    private static String required(JsonNode message, String field) {
        String value = message.path(field).asText("");
        if (value.isEmpty()) {
            throw new UnreadableMessageException("no " + field);
        }
        return value;
    }
}
