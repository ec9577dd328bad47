package nl.rmt.intake.handlers.desk;

/** The body of a desk's re-route: the partner to take the case, and why. */
record RerouteRequest(String partnerId, String reason) {
}
