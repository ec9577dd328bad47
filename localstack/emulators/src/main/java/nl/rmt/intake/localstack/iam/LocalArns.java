package nl.rmt.intake.localstack.iam;

import java.util.Optional;
import nl.rmt.intake.localstack.provision.ProvisionedResource;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.template.StackSettings;

/**
 * The ARNs IAM would check for a call, built the way {@code !GetAtt}/{@code !Ref} resolve locally, so that a request
 * and the template's policy name a resource with the same text. DynamoDB Local names its own table ARNs.
 */
public final class LocalArns {

    private final StackSettings stack;
    private final ProvisionedResources resources;

    public LocalArns(StackSettings stack, ProvisionedResources resources) {
        this.stack = stack;
        this.resources = resources;
    }

    public String table(String tableName) {
        Optional<ProvisionedResource> table = resources.ofType(ProvisionedResources.TABLE).stream()
                .filter(resource -> resource.ref().equals(tableName)).findFirst();
        if (table.isPresent() && table.get().attribute("Arn").isPresent()) {
            return table.get().attribute("Arn").get();
        }
        // A table the template does not declare: the prefix DynamoDB Local gives every table.
        return resources.ofType(ProvisionedResources.TABLE).stream()
                .flatMap(resource -> resource.attribute("Arn").stream())
                .map(arn -> arn.substring(0, arn.indexOf(":table/") + ":table/".length()) + tableName)
                .findFirst()
                .orElse(arn("dynamodb", "table/" + tableName));
    }

    public String index(String tableName, String indexName) {
        return table(tableName) + "/index/" + indexName;
    }

    public String queueNamed(String queueName) {
        return arn("sqs", queueName);
    }

    /** A queue URL's last path segment is the queue's name, on ElasticMQ as on SQS. */
    public String queueAt(String queueUrl) {
        String trimmed = queueUrl.endsWith("/") ? queueUrl.substring(0, queueUrl.length() - 1) : queueUrl;
        return queueNamed(trimmed.substring(trimmed.lastIndexOf('/') + 1));
    }

    /**
     * The SES identity a sender address uses: the address itself when it is an identity of the template,
     * otherwise its domain, as SES does.
     */
    public String sesIdentity(String fromAddress) {
        String address = fromAddress.contains("<")
                ? fromAddress.substring(fromAddress.indexOf('<') + 1, fromAddress.indexOf('>')) : fromAddress.trim();
        boolean addressIsIdentity = resources.ofType(ProvisionedResources.EMAIL_IDENTITY).stream()
                .anyMatch(identity -> identity.ref().equalsIgnoreCase(address));
        return sesIdentityNamed(addressIsIdentity ? address : address.substring(address.indexOf('@') + 1));
    }

    public String sesIdentityNamed(String identity) {
        return arn("ses", "identity/" + identity);
    }

    public String sesConfigurationSet(String name) {
        return arn("ses", "configuration-set/" + name);
    }

    /** The stream Lambda writes a function's log lines to. */
    public String logStream(String functionName) {
        return arn("logs", "log-group:/aws/lambda/" + functionName + ":log-stream:local");
    }

    /** The session of a role Lambda assumed for a function, as AWS names the caller in a refusal. */
    public String assumedRole(String roleName, String sessionName) {
        return "arn:" + stack.partition() + ":sts::" + stack.accountId() + ":assumed-role/" + roleName + "/" + sessionName;
    }

    private String arn(String service, String resource) {
        return "arn:" + stack.partition() + ":" + service + ":" + stack.region() + ":" + stack.accountId() + ":" + resource;
    }
}
