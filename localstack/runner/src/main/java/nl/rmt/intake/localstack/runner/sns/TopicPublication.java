package nl.rmt.intake.localstack.runner.sns;

import java.util.List;

/**
 * What publishing one message to a topic did.
 *
 * @param invoked the subscribed functions whose filter policy let the message through, in template order
 * @param failed  those of them that threw; SNS would have retried them asynchronously, locally nobody does
 */
public record TopicPublication(String messageId, List<String> invoked, List<String> failed) {

    public TopicPublication {
        invoked = List.copyOf(invoked);
        failed = List.copyOf(failed);
    }
}
