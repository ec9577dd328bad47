package nl.rmt.intake.partner;

/** Queue message bodies in the v1 contract's shape, with fictional content. */
final class PartnerMessages {

    private PartnerMessages() {
    }

    static String assigned(String caseId, String partnerId, String role) {
        return """
                {"schemaVersion":"1.0","messageType":"CASE_ASSIGNED","messageId":"%1$s:%2$s:CASE_ASSIGNED:1",
                 "caseId":"%1$s","reference":"RMT-7KQ4-M9XW","region":{"code":"AM18","name":"Groot Amsterdam"},
                 "partnerId":"%2$s","role":"%3$s","round":1,"targetGroups":[],"needs":["WORK"],
                 "situation":{"workStatus":"UNEMPLOYED","benefit":"WW"},"submittedAt":"2026-03-02T09:15:00Z",
                 "person":{"givenName":"Noor","familyName":"Jansen","email":"noor.jansen@example.org"}}
                """.formatted(caseId, partnerId, role);
    }

    static String notice(String caseId, String partnerId, MessageType type) {
        return """
                {"schemaVersion":"1.0","messageType":"%3$s","messageId":"%1$s:%2$s:%3$s:1","caseId":"%1$s",
                 "reference":"RMT-7KQ4-M9XW","region":{"code":"AM18","name":"Groot Amsterdam"},"partnerId":"%2$s",
                 "round":1,"reason":null,"sentAt":"2026-03-03T10:00:00Z"}
                """.formatted(caseId, partnerId, type.name());
    }
}
