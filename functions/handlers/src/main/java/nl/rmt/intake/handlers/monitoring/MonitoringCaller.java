package nl.rmt.intake.handlers.monitoring;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.List;
import java.util.Optional;
import nl.rmt.intake.domain.region.LabourMarketRegion;
import nl.rmt.intake.domain.region.Municipalities;
import nl.rmt.intake.handlers.http.CallerIdentity;

/**
 * Who asks for counts, by IAM role: the monitoring role ({@code <stack>-monitoring}, for the ministry and the
 * programme) reads every region; a region's desk ({@code <stack>-desk-<amXX>}) reads its own region only.
 *
 * @param deskRegion the desk's region; empty for the monitoring role
 */
record MonitoringCaller(Optional<String> deskRegion) {

    /** Empty for any other caller. */
    static Optional<MonitoringCaller> of(APIGatewayV2HTTPEvent event, String monitoringRoleName, String deskRolePrefix) {
        if (CallerIdentity.roleName(event).filter(monitoringRoleName::equals).isPresent()) {
            return Optional.of(new MonitoringCaller(Optional.empty()));
        }
        return CallerIdentity.deskRegion(event, deskRolePrefix).map(region -> new MonitoringCaller(Optional.of(region)));
    }

    /**
     * The regions to report on: those named, or when none is named every region this caller may read.
     *
     * @return empty when the caller may not read one of the regions named
     */
    Optional<List<LabourMarketRegion>> regions(List<LabourMarketRegion> named, Municipalities municipalities) {
        if (deskRegion.isEmpty()) {
            return Optional.of(named.isEmpty() ? municipalities.regions() : named);
        }
        Optional<LabourMarketRegion> own = municipalities.region(deskRegion.get());
        if (own.isEmpty() || named.stream().anyMatch(region -> !region.equals(own.get()))) {
            return Optional.empty();
        }
        return Optional.of(List.of(own.get()));
    }
}
