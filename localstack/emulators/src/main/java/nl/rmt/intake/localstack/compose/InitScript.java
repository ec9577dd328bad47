package nl.rmt.intake.localstack.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.rmt.intake.localstack.template.IntrinsicResolver;
import nl.rmt.intake.localstack.template.StackSettings;
import nl.rmt.intake.localstack.template.TemplateModel;
import nl.rmt.intake.localstack.template.CreationWaves;
import nl.rmt.intake.localstack.template.TemplateResource;

/**
 * The LocalStack ready hook: a bash script that creates the tables, queues, topics and SES resources of a template,
 * each after the resources it names (a queue after its dead-letter queue), in the order and with the settings the
 * template gives them. Every call is a required or an optional step ({@link Need}); the script runs to the end,
 * prints what is ready, what was skipped and why, and exits non-zero only when a required step failed.
 */
public final class InitScript {

    /** What the script creates; functions, APIs, alarms and policies have nothing to create in LocalStack. */
    static final Set<String> CREATED_TYPES;

    static {
        Set<String> types = new LinkedHashSet<>(LocalStackNames.NAMED_TYPES);
        types.add(ResourceCommands.EVENT_DESTINATION);
        CREATED_TYPES = Set.copyOf(types);
    }

    private InitScript() {
    }

    public static String generate(TemplateModel template, StackSettings stack, String regenerateCommand) {
        LocalStackNames names = new LocalStackNames(template, stack);
        IntrinsicResolver resolver = names.resolver();
        List<List<TemplateResource>> waves = waves(template, resolver);
        StringBuilder script = new StringBuilder()
                .append("#!/usr/bin/env bash\n")
                .append("# Generated from template.yaml: edit the template, then regenerate with\n")
                .append("#   ").append(regenerateCommand).append('\n')
                .append("# (a test fails while this file differs from what the generator makes of the template).\n")
                .append("#\n")
                .append("# Creates in LocalStack the tables, queues, topics and SES resources of stack ").append(stack.stackName())
                .append(" in ").append(stack.region()).append(",\n")
                .append("# with the names and settings the template gives them. \"left out\" names the properties that have no\n")
                .append("# local effect (encryption, backups, tags) or no LocalStack API. A \"required\" step is one the functions\n")
                .append("# need; an \"optional\" one an emulator may lack is reported as skipped, with what is lost without it.\n")
                .append("# The script ends with a summary and exits non-zero only when a required step failed.\n\n")
                .append("STACK=").append(Shell.quote(stack.stackName())).append('\n')
                .append("REGION=").append(Shell.quote(stack.region())).append("\n\n")
                .append(functions());
        Set<String> namedByFunctions = namedByFunctions(template, stack);
        List<String> next = List.of();
        for (int wave = 0; wave < waves.size() || !next.isEmpty(); wave++) {
            script.append("\n# ---------------------------------------------------------------- wave ").append(wave + 1).append('\n');
            next.forEach(line -> script.append(line).append('\n'));
            List<String> following = new ArrayList<>();
            for (TemplateResource resource : wave < waves.size() ? waves.get(wave) : List.<TemplateResource>of()) {
                ResourceCommands.Lines lines = lines(resource, names, resolver, namedByFunctions);
                lines.now().forEach(line -> script.append(line).append('\n'));
                following.addAll(lines.next());
            }
            next = following;
            script.append("wait_for_all\n");
        }
        script.append("\nsummary\n");
        return script.toString();
    }

    private static ResourceCommands.Lines lines(TemplateResource resource, LocalStackNames names, IntrinsicResolver resolver,
                                                Set<String> namedByFunctions) {
        String where = "Resources." + resource.logicalId() + ".Properties";
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) resolver.resolve(resource.properties(), where);
        String name = LocalStackNames.NAMED_TYPES.contains(resource.type()) ? names.physicalName(resource) : "";
        boolean named = names.ref(resource.logicalId()).filter(namedByFunctions::contains).isPresent();
        return ResourceCommands.lines(resource, name, properties, named);
    }

    /** Every value of the functions' environments, and each item of a comma-separated one. */
    private static Set<String> namedByFunctions(TemplateModel template, StackSettings stack) {
        Set<String> values = new HashSet<>();
        FunctionEnvironments.resolve(template, stack).values().forEach(environment -> environment.values().forEach(value -> {
            values.add(value);
            values.addAll(List.of(value.split(",")));
        }));
        return values;
    }

    /** Created resources that exist under the template's conditions, each in a wave after everything it names. */
    private static List<List<TemplateResource>> waves(TemplateModel template, IntrinsicResolver resolver) {
        return CreationWaves.of(template.resources().values().stream()
                .filter(resource -> CREATED_TYPES.contains(resource.type()) && resolver.exists(resource))
                .toList());
    }

    private static String functions() {
        try (InputStream in = InitScript.class.getResourceAsStream("init-functions.sh")) {
            if (in == null) {
                throw new IllegalStateException("init-functions.sh is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
