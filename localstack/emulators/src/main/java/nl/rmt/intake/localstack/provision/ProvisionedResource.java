package nl.rmt.intake.localstack.provision;

import java.util.Map;
import java.util.Optional;

/**
 * One template resource as it exists in the emulators.
 *
 * @param ref        what {@code !Ref} gives: a table's name, a queue's URL, an identity's address
 * @param attributes what {@code !GetAtt} gives, by attribute name (Arn, StreamArn, QueueName, QueueUrl...)
 */
public record ProvisionedResource(String logicalId, String type, String ref, Map<String, String> attributes) {

    public ProvisionedResource {
        attributes = Map.copyOf(attributes);
    }

    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }
}
