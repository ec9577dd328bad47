package nl.rmt.intake.localstack.iam;

import java.util.List;

/** A role's identity policies, flattened to statements: an explicit Deny wins, otherwise an Allow must match. */
public record IamPolicy(List<IamStatement> statements) {

    public IamPolicy {
        statements = List.copyOf(statements);
    }

    public boolean allows(Permission permission) {
        boolean allowed = false;
        for (IamStatement statement : statements) {
            if (statement.matches(permission)) {
                if (!statement.allow()) {
                    return false;
                }
                allowed = true;
            }
        }
        return allowed;
    }

    /** The Allow statements: what the role grants. */
    public List<IamStatement> grants() {
        return statements.stream().filter(IamStatement::allow).toList();
    }
}
