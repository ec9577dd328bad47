package nl.rmt.intake.domain.routing;

import java.util.Arrays;
import java.util.List;
import nl.rmt.intake.domain.classification.GroupAssignment;
import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.region.LabourMarketRegion;
import nl.rmt.intake.domain.region.RegionResolution;

/** Regions and target groups as the region resolver and classifier would hand them to routing. */
final class Cases {

    private Cases() {
    }

    static RegionResolution inRegion(String code) {
        LabourMarketRegion region = new LabourMarketRegion(code, "Region " + code);
        return new RegionResolution(region, region, null, RegionResolution.Basis.DESK);
    }

    static List<GroupAssignment> groups(TargetGroup... groups) {
        return Arrays.stream(groups).map(group -> new GroupAssignment(group, "because of " + group)).toList();
    }
}
