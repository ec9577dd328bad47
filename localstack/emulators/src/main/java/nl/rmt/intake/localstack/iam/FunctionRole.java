package nl.rmt.intake.localstack.iam;

/**
 * The execution role of one function of the template, as the local stack enforces it.
 *
 * @param function     the function's logical id
 * @param functionName the function's name, which names its log group
 */
public record FunctionRole(String function, String functionName, IamPolicy policy, LocalArns arns) {

    /** The principal AWS names in an AccessDeniedException. */
    public String principal() {
        return arns.assumedRole(function + "Role", functionName);
    }

    /**
     * Checks one permission that the Lambda service, not an SDK client, uses with the role (writing log lines,
     * traces). Records it when allowed; returns whether it is.
     */
    public boolean exercise(Permission permission) {
        boolean allowed = policy.allows(permission);
        if (allowed) {
            UsageLog.record(function, permission);
        }
        return allowed;
    }
}
