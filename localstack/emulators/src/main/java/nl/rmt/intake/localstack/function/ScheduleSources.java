package nl.rmt.intake.localstack.function;

import java.util.Optional;
import nl.rmt.intake.localstack.template.StackSettings;

/** Reads Schedule and ScheduleV2 events, naming their rule or schedule the way SAM and CloudFormation would. */
final class ScheduleSources {

    private ScheduleSources() {
    }

    static ScheduleSource rule(String functionLogicalId, String name, EventProperties values, StackSettings stack) {
        boolean enabled = values.flag("Enabled", true) && !"DISABLED".equals(values.optional("State").orElse(""));
        String ruleName = values.optional("Name").orElse(generatedName(functionLogicalId, name, stack));
        String arn = "arn:" + stack.partition() + ":events:" + stack.region() + ":" + stack.accountId() + ":rule/" + ruleName;
        return new ScheduleSource(name, "Schedule", values.required("Schedule"), values.optional("Input"), enabled,
                Optional.empty(), arn);
    }

    static ScheduleSource schedule(String functionLogicalId, String name, EventProperties values, StackSettings stack) {
        boolean enabled = !"DISABLED".equals(values.optional("State").orElse(""));
        String scheduleName = values.optional("Name").orElse(generatedName(functionLogicalId, name, stack));
        String group = values.optional("GroupName").orElse("default");
        String arn = "arn:" + stack.partition() + ":scheduler:" + stack.region() + ":" + stack.accountId()
                + ":schedule/" + group + "/" + scheduleName;
        return new ScheduleSource(name, "ScheduleV2", values.required("ScheduleExpression"), values.optional("Input"),
                enabled, values.optional("ScheduleExpressionTimezone"), arn);
    }

    /** SAM names the resource {@code <function><event>}; CloudFormation prefixes the stack and, on AWS, adds a random suffix. */
    private static String generatedName(String functionLogicalId, String name, StackSettings stack) {
        return stack.stackName() + "-" + functionLogicalId + name;
    }
}
