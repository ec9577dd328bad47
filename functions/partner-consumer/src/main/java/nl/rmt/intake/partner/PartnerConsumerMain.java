package nl.rmt.intake.partner;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A partner's queue consumer from the command line: prints one line per message (type, case id, action, HTTP
 * status) and nothing about the person. Exits 0 when every message was deleted, 1 when some were left on the
 * queue, 2 on a usage error. See {@link ConsumerOptions#USAGE}.
 */
public final class PartnerConsumerMain {

    /** The longest long poll SQS allows. */
    private static final int WAIT_SECONDS = 20;

    private PartnerConsumerMain() {
    }

    public static void main(String[] args) {
        ConsumerOptions options;
        try {
            options = ConsumerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(run(options, System.out));
    }

    static int run(ConsumerOptions options, PrintStream out) {
        Region region = options.region().map(Region::of).orElseGet(() -> new DefaultAwsRegionProviderChain().getRegion());
        try (DefaultCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
             SqsClient sqs = SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
             FeedbackApi api = new FeedbackApi(options.apiUrl(), credentials, region)) {
            Optional<Feedback> feedback = options.feedback();
            PartnerConsumer consumer = PartnerConsumer.builder()
                    .sqs(sqs)
                    .queueName(options.queueName())
                    .partnerId(options.partnerId())
                    .feedbackApi(api)
                    .decider(assignment -> feedback)
                    .onOutcome(outcome -> out.println(outcome.line()))
                    .build();
            if (options.once()) {
                List<MessageOutcome> outcomes = consumer.drain();
                long left = outcomes.stream().filter(outcome -> !outcome.deleted()).count();
                out.printf("%d message(s): %d deleted, %d left%n", outcomes.size(), outcomes.size() - left, left);
                return left == 0 ? 0 : 1;
            }
            out.println("Reading " + consumer.queueUrl() + "; press Ctrl-C to stop.");
            while (!Thread.currentThread().isInterrupted()) {
                consumer.pollOnce(WAIT_SECONDS);
            }
            return 0;
        }
    }
}
