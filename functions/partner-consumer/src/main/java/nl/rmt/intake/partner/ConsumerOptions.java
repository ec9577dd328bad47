package nl.rmt.intake.partner;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line of {@link PartnerConsumerMain}.
 *
 * @param feedback the feedback for every assignment; empty takes assignments without reporting
 * @param region   the API's region for signing; empty means the SDK's default region lookup
 */
record ConsumerOptions(String queueName, URI apiUrl, String partnerId, Optional<Feedback> feedback, boolean once,
                       Optional<String> region) {

    static final String USAGE = """
            Usage: PartnerConsumerMain --queue NAME --api URL --partner ID [--accept | --reject REASON | --close OUTCOME]
                                       [--once] [--region REGION]
              --queue    the partner's FIFO queue, such as rmt-intake-partner-uwv.fifo
              --api      the API's base URL, such as http://localhost:3000
              --partner  the partner id the messages must name, such as uwv
              --accept   report ACCEPTED for every assigned case
              --reject   report REJECTED with this reason (describe the case, never the person)
              --close    report CLOSED with this outcome: WORK, TRAINING, REFERRED, NO_SHOW or WITHDRAWN
                         (without one of these three, assignments are taken without feedback)
              --once     handle what is on the queue now and stop, instead of waiting for more
              --region   the region to sign for; else AWS_REGION or the profile's
            Credentials and the SQS endpoint come from the SDK's usual settings (AWS_ACCESS_KEY_ID,
            AWS_ENDPOINT_URL_SQS...). The access key's role names the partner to the API.
            """;

    static ConsumerOptions parse(String[] args) {
        String queue = null;
        URI api = null;
        String partner = null;
        Feedback feedback = null;
        boolean once = false;
        String region = null;
        List<String> remaining = new ArrayList<>(List.of(args));
        while (!remaining.isEmpty()) {
            String arg = remaining.remove(0);
            switch (arg) {
                case "--queue" -> queue = value(arg, remaining);
                case "--api" -> api = URI.create(value(arg, remaining));
                case "--partner" -> partner = value(arg, remaining);
                case "--accept" -> feedback = only(feedback, Feedback.accepted());
                case "--reject" -> feedback = only(feedback, Feedback.rejected(value(arg, remaining)));
                case "--close" -> feedback = only(feedback, Feedback.closed(outcome(value(arg, remaining))));
                case "--once" -> once = true;
                case "--region" -> region = value(arg, remaining);
                default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
            }
        }
        if (queue == null || api == null || partner == null) {
            throw new IllegalArgumentException("--queue, --api and --partner are required\n" + USAGE);
        }
        return new ConsumerOptions(queue, api, partner, Optional.ofNullable(feedback), once, Optional.ofNullable(region));
    }

    private static Feedback only(Feedback earlier, Feedback chosen) {
        if (earlier != null) {
            throw new IllegalArgumentException("Choose one of --accept, --reject and --close\n" + USAGE);
        }
        return chosen;
    }

    private static Outcome outcome(String name) {
        try {
            return Outcome.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--close takes WORK, TRAINING, REFERRED, NO_SHOW or WITHDRAWN, not " + name);
        }
    }

    private static String value(String option, List<String> remaining) {
        if (remaining.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return remaining.remove(0);
    }
}
