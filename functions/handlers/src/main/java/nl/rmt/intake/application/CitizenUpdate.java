package nl.rmt.intake.application;

import nl.rmt.intake.json.Json;

/** The request for an email telling the citizen that another organisation now leads their case. */
public final class CitizenUpdate {

    public enum Reason { REROUTED, ESCALATED }

    private CitizenUpdate() {
    }

    static OutboxMessage request(String caseId, int round, Reason reason) {
        return new OutboxMessage(
                "UPDATE#" + round,
                OutboxMessage.Kind.CITIZEN_UPDATE,
                Handover.UPDATE_QUEUE,
                caseId,
                caseId + ":update:" + round,
                Json.write(new ConfirmationRequest(caseId, ConfirmationRequest.UPDATE, round, reason.name())));
    }
}
