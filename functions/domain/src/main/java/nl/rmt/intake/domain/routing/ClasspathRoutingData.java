package nl.rmt.intake.domain.routing;

import static nl.rmt.intake.domain.routing.DataChecks.require;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.rmt.intake.domain.routing.RoutingFiles.RegionIndexFile;

/**
 * Opens the routing data shipped on the classpath. Region overrides are found through {@code regions/index.json}
 * because a classpath directory cannot be listed reliably (inside a jar, a Lambda package, or a test run).
 */
final class ClasspathRoutingData {

    static final String ROOT = "routing/";
    static final String REGION_INDEX = RegionOverrideReader.DIRECTORY + "index.json";

    private ClasspathRoutingData() {
    }

    static RoutingData load() {
        RegionIndexFile index = RoutingJson.parse(open(REGION_INDEX), RegionIndexFile.class, REGION_INDEX);
        Map<String, InputStream> overrides = new LinkedHashMap<>();
        for (String fileName : DataChecks.orEmpty(index.files())) {
            require(fileName != null && fileName.matches("AM[0-9]{2}\\.json"),
                    REGION_INDEX + ": '" + fileName + "' is not a file name like AM27.json");
            InputStream in = open(RegionOverrideReader.DIRECTORY + fileName);
            require(in != null, REGION_INDEX + " lists " + fileName + ", which does not exist");
            require(overrides.put(fileName, in) == null, REGION_INDEX + " lists " + fileName + " twice");
        }
        return RoutingData.load(open(PartnersReader.FILE), open(PersonFieldAllowListReader.FILE),
                open(RoutingDataReader.RULES_FILE), overrides);
    }

    private static InputStream open(String name) {
        return ClasspathRoutingData.class.getClassLoader().getResourceAsStream(ROOT + name);
    }
}
