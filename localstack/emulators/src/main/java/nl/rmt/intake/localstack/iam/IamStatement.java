package nl.rmt.intake.localstack.iam;

import java.util.List;

/**
 * One statement of an identity policy, resolved to local ARNs.
 *
 * @param where the statement's place in the template, for reports
 */
public record IamStatement(boolean allow, List<String> actions, List<String> resources, String where) {

    public IamStatement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
    }

    public boolean matches(Permission permission) {
        return actions.stream().anyMatch(action -> IamPattern.matchesAction(action, permission.action()))
                && resources.stream().anyMatch(resource -> IamPattern.matchesResource(resource, permission.resource()));
    }
}
