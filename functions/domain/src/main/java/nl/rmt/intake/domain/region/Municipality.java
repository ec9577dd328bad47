package nl.rmt.intake.domain.region;

/** A gemeente as CBS lists it; keyed on its code, never its name. */
public record Municipality(String code, String name, LabourMarketRegion region, String province) {
}
