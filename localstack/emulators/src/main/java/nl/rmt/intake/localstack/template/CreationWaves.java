package nl.rmt.intake.localstack.template;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders resources for creation: each comes in a wave after everything it refers to (by Ref, GetAtt, Sub or
 * DependsOn), and the resources of one wave do not refer to each other, so a wave can be created in parallel.
 */
public final class CreationWaves {

    private CreationWaves() {
    }

    public static List<List<TemplateResource>> of(Collection<TemplateResource> resources) {
        Map<String, TemplateResource> pending = new LinkedHashMap<>();
        resources.forEach(resource -> pending.put(resource.logicalId(), resource));
        List<List<TemplateResource>> waves = new ArrayList<>();
        while (!pending.isEmpty()) {
            List<TemplateResource> wave = pending.values().stream()
                    .filter(resource -> dependencies(resource, pending.keySet()).isEmpty())
                    .toList();
            if (wave.isEmpty()) {
                throw new IllegalArgumentException("Resources refer to each other in a cycle: " + pending.keySet());
            }
            wave.forEach(resource -> pending.remove(resource.logicalId()));
            waves.add(wave);
        }
        return waves;
    }

    private static Set<String> dependencies(TemplateResource resource, Set<String> stillPending) {
        Set<String> dependencies = new LinkedHashSet<>(TemplateReferences.in(resource.properties()));
        dependencies.addAll(resource.dependsOn());
        dependencies.retainAll(stillPending);
        dependencies.remove(resource.logicalId());
        return dependencies;
    }
}
