package nl.rmt.intake.domain.monitoring;

/**
 * One reorganisation's funnel in a period. The employer's name is business data, published by the employer itself
 * when it announced the reorganisation.
 *
 * @param sector     its SBI section letter
 * @param sectorName the section's name in the CBS table (Dutch)
 * @param status     {@code OPEN} or {@code CLOSED}, now
 */
public record ReorganisationCounts(String reorganisationId, String employerName, String sector, String sectorName,
        String status,
        ReorganisationFunnel funnel) {
}
