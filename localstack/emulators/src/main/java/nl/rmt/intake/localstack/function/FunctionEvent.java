package nl.rmt.intake.localstack.function;

/** One entry of a function's Events, with intrinsic functions resolved against the local stack. */
public sealed interface FunctionEvent
        permits ApiRoute, DynamoDbStreamSource, SqsQueueSource, ScheduleSource, SnsTopicSource, UnsupportedEvent {

    /** The key under Events. */
    String name();
}
