package nl.rmt.intake.domain.region;

import java.util.Objects;
import nl.rmt.intake.domain.region.RegionResolution.Basis;

/** Decides which region handles a case: the citizen's home municipality wins over the desk whose form was used. */
public final class RegionResolver {

    private final Municipalities municipalities;

    public RegionResolver(Municipalities municipalities) {
        this.municipalities = Objects.requireNonNull(municipalities, "municipalities");
    }

    /**
     * @param deskRegionCode       the {@code AMxx} code of the desk whose form was used
     * @param homeMunicipalityCode the citizen's {@code GMxxxx} code, or null (or blank) when not given
     * @throws IllegalArgumentException for a code the table does not know; validation should have caught it
     */
    public RegionResolution resolve(String deskRegionCode, String homeMunicipalityCode) {
        LabourMarketRegion deskRegion = municipalities.region(deskRegionCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown desk region code"));
        if (homeMunicipalityCode == null || homeMunicipalityCode.isBlank()) {
            return new RegionResolution(deskRegion, deskRegion, null, Basis.DESK);
        }
        // The home municipality is personal data, so the message does not repeat it.
        Municipality home = municipalities.municipality(homeMunicipalityCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown home municipality code"));
        return new RegionResolution(home.region(), deskRegion, home, Basis.HOME_MUNICIPALITY);
    }
}
