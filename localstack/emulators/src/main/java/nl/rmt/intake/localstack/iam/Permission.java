package nl.rmt.intake.localstack.iam;

/** One action on one resource, as IAM authorises it: {@code dynamodb:GetItem} on a table's ARN. */
public record Permission(String action, String resource) {

    @Override
    public String toString() {
        return action + " on " + resource;
    }
}
