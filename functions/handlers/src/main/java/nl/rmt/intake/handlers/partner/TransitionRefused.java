package nl.rmt.intake.handlers.partner;

import java.util.List;

/** The 409 answer: the report does not fit where the case is, and what would. */
record TransitionRefused(String message, String from, String to, List<String> allowed) {
}
