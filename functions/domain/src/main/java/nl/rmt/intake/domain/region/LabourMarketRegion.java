package nl.rmt.intake.domain.region;

/** An arbeidsmarktregio, e.g. {@code AM18} Groot Amsterdam. */
public record LabourMarketRegion(String code, String name) {
}
