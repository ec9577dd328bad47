package nl.rmt.intake.localstack.compose;

/**
 * Which of the init script's calls the functions need, in one place. A required call that fails makes the script
 * exit non-zero; an optional one that an emulator refuses is reported with what is lost and the script goes on.
 * Properties with no local effect (encryption, backups, tags) are not sent at all: see {@link ResourceCommands}.
 */
enum Need {

    /** The functions read and write the table, query its indexes, and the outbox dispatcher reads its stream. */
    TABLE(true, "table", ""),
    /** The functions key idempotency records and email counters per request and per day; none waits for a deletion. */
    TIME_TO_LIVE(false, "time-to-live", "expired idempotency records and email counters are kept, not deleted"),
    /** Event sources, dead-letter queues and the partner and desk queues the functions look up by name. */
    QUEUE(true, "queue", ""),
    /** Needed when a function's environment names the topic. */
    TOPIC(true, "topic", ""),
    TOPIC_UNNAMED(false, "topic", "no function's environment names it"),
    /** SES sends only from an identity it knows. */
    EMAIL_IDENTITY(true, "email-identity", ""),
    /** Needed when a function's environment names the set: SES refuses a send with an unknown configuration set. */
    CONFIGURATION_SET(true, "configuration-set", ""),
    CONFIGURATION_SET_UNNAMED(false, "configuration-set", "no function's environment names it"),
    EVENT_DESTINATION(false, "event-destination",
            "SES publishes no bounce or complaint events to the topic, so they are not recorded");

    private final boolean required;
    private final String kind;
    private final String lostWithout;

    Need(boolean required, String kind, String lostWithout) {
        this.required = required;
        this.kind = kind;
        this.lostWithout = lostWithout;
    }

    /** The init script's step for a call: {@code required 'what' command...} or {@code optional 'what' 'why' command...}. */
    String step(String subject, String command) {
        String what = Shell.quote(kind + " " + subject);
        return required ? "required " + what + " " + command
                : "optional " + what + " " + Shell.quote(lostWithout) + " " + command;
    }

    static Need topic(boolean namedByAFunction) {
        return namedByAFunction ? TOPIC : TOPIC_UNNAMED;
    }

    static Need configurationSet(boolean namedByAFunction) {
        return namedByAFunction ? CONFIGURATION_SET : CONFIGURATION_SET_UNNAMED;
    }

    /** How the script names the resource a step is for, so that a later step can wait for it. */
    String what(String subject) {
        return kind + " " + subject;
    }
}
