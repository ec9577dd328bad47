package nl.rmt.intake.partner;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Reads a partner's FIFO queue and handles each message once: an assignment goes to the {@link FeedbackDecider}
 * and its feedback to the {@link FeedbackApi}; a notice is recorded. A message is deleted only when it is done
 * with: the API answered 2xx, or 409 (the case already moved on, so the feedback no longer applies). Any other
 * answer leaves it on the queue: it comes back after the visibility timeout and, after the queue's
 * maxReceiveCount, moves to the dead-letter queue, where the RMT operators see it. A 403 is left for that reason:
 * the role is not allowed, and retrying will not change it, but dropping it would hide it.
 */
public final class PartnerConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerConsumer.class);
    private static final int MAX_MESSAGES_PER_RECEIVE = 10;
    private static final int CONFLICT = 409;
    private static final int FORBIDDEN = 403;

    private final SqsClient sqs;
    private final String queueUrl;
    private final String partnerId;
    private final FeedbackApi feedbackApi;
    private final FeedbackDecider decider;
    private final ProcessedMessages processed;
    private final Consumer<MessageOutcome> listener;

    private PartnerConsumer(Builder builder, String queueUrl) {
        this.sqs = builder.sqs;
        this.queueUrl = queueUrl;
        this.partnerId = builder.partnerId;
        this.feedbackApi = builder.feedbackApi;
        this.decider = builder.decider;
        this.processed = builder.processed;
        this.listener = builder.listener;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String queueUrl() {
        return queueUrl;
    }

    /** One receive, waiting up to {@code waitSeconds} (at most 20) for messages, and handles what arrived. */
    public List<MessageOutcome> pollOnce(int waitSeconds) {
        List<MessageOutcome> outcomes = new ArrayList<>();
        for (Message message : receive(waitSeconds)) {
            outcomes.add(handle(message));
        }
        return outcomes;
    }

    /**
     * Handles every message visible now and returns. A message left on the queue is not taken again in the same
     * drain, even if a short visibility timeout brings it back meanwhile.
     */
    public List<MessageOutcome> drain() {
        List<MessageOutcome> outcomes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (true) {
            List<Message> fresh = receive(0).stream().filter(message -> seen.add(message.messageId())).toList();
            if (fresh.isEmpty()) {
                return outcomes;
            }
            fresh.forEach(message -> outcomes.add(handle(message)));
        }
    }

    private List<Message> receive(int waitSeconds) {
        return sqs.receiveMessage(request -> request.queueUrl(queueUrl)
                .maxNumberOfMessages(MAX_MESSAGES_PER_RECEIVE).waitTimeSeconds(waitSeconds)).messages();
    }

    private MessageOutcome handle(Message message) {
        MessageOutcome outcome = decide(message);
        listener.accept(outcome);
        return outcome;
    }

    private MessageOutcome decide(Message message) {
        PartnerMessage parsed;
        try {
            parsed = PartnerMessage.parse(message.body());
        } catch (UnreadableMessageException e) {
            LOG.warn("SQS message {} is unreadable ({}); left for the dead-letter queue", message.messageId(), e.getMessage());
            return new MessageOutcome(MessageOutcome.UNREADABLE, "", MessageOutcome.UNREADABLE, OptionalInt.empty(), false);
        }
        if (!partnerId.equals(parsed.partnerId())) {
            LOG.warn("Message {} is for partner {}, not {}; left for the dead-letter queue",
                    parsed.messageId(), parsed.partnerId(), partnerId);
            return outcome(parsed, MessageOutcome.NOT_OURS, OptionalInt.empty(), false);
        }
        if (processed.contains(parsed.messageId())) {
            LOG.info("Message {} was handled before; deleting the redelivery", parsed.messageId());
            return outcome(parsed, MessageOutcome.DUPLICATE, OptionalInt.empty(), delete(message, parsed));
        }
        if (parsed.messageType() != MessageType.CASE_ASSIGNED) {
            processed.add(parsed.messageId());
            LOG.info("{} for case {} recorded", parsed.messageType(), parsed.caseId());
            return outcome(parsed, MessageOutcome.ACKNOWLEDGED, OptionalInt.empty(), delete(message, parsed));
        }
        return report(message, parsed);
    }

    private MessageOutcome report(Message message, PartnerMessage assignment) {
        Optional<Feedback> feedback;
        try {
            feedback = decider.decide(assignment);
        } catch (RuntimeException e) {
            LOG.warn("Deciding on case {} failed ({}); message {} left for redelivery",
                    assignment.caseId(), e.getClass().getName(), assignment.messageId());
            return outcome(assignment, MessageOutcome.DECISION_FAILED, OptionalInt.empty(), false);
        }
        if (feedback.isEmpty()) {
            processed.add(assignment.messageId());
            return outcome(assignment, MessageOutcome.TAKEN, OptionalInt.empty(), delete(message, assignment));
        }
        String action = feedback.get().type().name();
        int status;
        try {
            status = feedbackApi.send(assignment.caseId(), feedback.get());
        } catch (UncheckedIOException e) {
            LOG.warn("{} for case {} did not reach the API; message {} left for redelivery",
                    action, assignment.caseId(), assignment.messageId());
            return outcome(assignment, MessageOutcome.UNREACHABLE, OptionalInt.empty(), false);
        }
        if ((status >= 200 && status < 300) || status == CONFLICT) {
            if (status == CONFLICT) {
                LOG.info("{} for case {} answered 409: the case already moved on; deleting message {}",
                        action, assignment.caseId(), assignment.messageId());
            }
            processed.add(assignment.messageId());
            return outcome(assignment, action, OptionalInt.of(status), delete(message, assignment));
        }
        if (status == FORBIDDEN) {
            LOG.warn("{} for case {} refused (403): this role may not report on it; message {} left to reach the"
                    + " dead-letter queue", action, assignment.caseId(), assignment.messageId());
        } else {
            LOG.warn("{} for case {} answered {}; message {} left for redelivery",
                    action, assignment.caseId(), status, assignment.messageId());
        }
        return outcome(assignment, action, OptionalInt.of(status), false);
    }

    /** A lost delete is harmless: the redelivery is recognised by its messageId. */
    private boolean delete(Message message, PartnerMessage parsed) {
        try {
            sqs.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            return true;
        } catch (SdkException e) {
            LOG.warn("Deleting message {} failed ({}); its redelivery will be recognised", parsed.messageId(),
                    e.getClass().getSimpleName());
            return false;
        }
    }

    private static MessageOutcome outcome(PartnerMessage message, String action, OptionalInt status, boolean deleted) {
        return new MessageOutcome(message.messageType().name(), message.caseId(), action, status, deleted);
    }

    /** Everything but the processed-message store and the listener is required. */
    public static final class Builder {
        private SqsClient sqs;
        private String queueName;
        private String partnerId;
        private FeedbackApi feedbackApi;
        private FeedbackDecider decider;
        private ProcessedMessages processed = new InMemoryProcessedMessages();
        private Consumer<MessageOutcome> listener = outcome -> { };

        private Builder() {
        }

        public Builder sqs(SqsClient sqs) {
            this.sqs = sqs;
            return this;
        }

        /** The queue's name, such as {@code rmt-intake-partner-uwv.fifo}; its URL is looked up when built. */
        public Builder queueName(String queueName) {
            this.queueName = queueName;
            return this;
        }

        /** The partner this consumer acts for; messages naming another partner are not touched. */
        public Builder partnerId(String partnerId) {
            this.partnerId = partnerId;
            return this;
        }

        public Builder feedbackApi(FeedbackApi feedbackApi) {
            this.feedbackApi = feedbackApi;
            return this;
        }

        public Builder decider(FeedbackDecider decider) {
            this.decider = decider;
            return this;
        }

        public Builder processedMessages(ProcessedMessages processed) {
            this.processed = processed;
            return this;
        }

        /** Told about every message handled, as it is handled. */
        public Builder onOutcome(Consumer<MessageOutcome> listener) {
            this.listener = listener;
            return this;
        }

        public PartnerConsumer build() {
            Objects.requireNonNull(sqs, "sqs");
            Objects.requireNonNull(queueName, "queueName");
            Objects.requireNonNull(partnerId, "partnerId");
            Objects.requireNonNull(feedbackApi, "feedbackApi");
            Objects.requireNonNull(decider, "decider");
            String url = sqs.getQueueUrl(request -> request.queueName(queueName)).queueUrl();
            return new PartnerConsumer(this, url);
        }
    }
}
