package nl.rmt.intake.domain.region;

/**
 * Which region a case belongs to, and why.
 *
 * @param caseRegion       the region that handles the case
 * @param deskRegion       the region of the desk whose form was used
 * @param homeMunicipality the citizen's municipality, or null when not given
 * @param basis            how the case region was chosen
 */
public record RegionResolution(
        LabourMarketRegion caseRegion,
        LabourMarketRegion deskRegion,
        Municipality homeMunicipality,
        Basis basis) {

    public enum Basis { HOME_MUNICIPALITY, DESK }
}
