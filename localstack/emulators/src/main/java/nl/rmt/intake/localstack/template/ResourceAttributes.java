package nl.rmt.intake.localstack.template;

import java.util.Optional;

/** What {@code Ref} and {@code Fn::GetAtt} give for resources that exist locally. */
public interface ResourceAttributes {

    ResourceAttributes NONE = new ResourceAttributes() {
        @Override
        public Optional<String> ref(String logicalId) {
            return Optional.empty();
        }

        @Override
        public Optional<String> attribute(String logicalId, String attribute) {
            return Optional.empty();
        }
    };

    Optional<String> ref(String logicalId);

    Optional<String> attribute(String logicalId, String attribute);
}
