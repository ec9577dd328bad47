package nl.rmt.intake.observability;

/** Every metric the functions publish, in the {@value Metrics#NAMESPACE} namespace. */
public enum Metric {
    INTAKE_ACCEPTED("IntakeAccepted", Unit.COUNT),
    INTAKE_REJECTED("IntakeRejected", Unit.COUNT),
    /** From the citizen's submission to the lead's message being on its queue. */
    ROUTING_LATENCY("RoutingLatency", Unit.MILLISECONDS),
    PARTNER_MESSAGES_SENT("PartnerMessagesSent", Unit.COUNT),
    CONFIRMATIONS_SENT("ConfirmationsSent", Unit.COUNT),
    UPDATE_EMAILS_SENT("UpdateEmailsSent", Unit.COUNT),
    EMAIL_BOUNCES("EmailBounces", Unit.COUNT),
    EMAIL_COMPLAINTS("EmailComplaints", Unit.COUNT),
    FEEDBACK_RECEIVED("FeedbackReceived", Unit.COUNT),
    ESCALATIONS("Escalations", Unit.COUNT),
    WITHDRAWALS("Withdrawals", Unit.COUNT),
    /** Cases whose personal data the retention run erased. */
    PERSONAL_DATA_ERASED("PersonalDataErased", Unit.COUNT),
    /** Messages and emails refused for good (or of unknown outcome), parked on their case for its desk. */
    MESSAGES_PARKED("MessagesParked", Unit.COUNT),
    /** Outbox messages the sweeper found still waiting and dispatched from the table. */
    OUTBOX_SWEPT("OutboxSwept", Unit.COUNT);

    public enum Unit {
        /** Added up within an invocation: one value per document is enough for Sum. */
        COUNT("Count"),
        /** Kept value by value, so that CloudWatch can compute percentiles. */
        MILLISECONDS("Milliseconds");

        final String cloudWatchName;

        Unit(String cloudWatchName) {
            this.cloudWatchName = cloudWatchName;
        }
    }

    private final String metricName;
    private final Unit unit;

    Metric(String metricName, Unit unit) {
        this.metricName = metricName;
        this.unit = unit;
    }

    public String metricName() {
        return metricName;
    }

    public Unit unit() {
        return unit;
    }
}
