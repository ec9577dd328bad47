/**
 * Anonymous counts for monitoring the programme: how many people each region reached, in which target groups, with
 * which partners, and how their cases ended. A period's counts are its cohort: the cases submitted in it, counted by
 * where they are now. Counts are made from what a case keeps after its personal data is erased (region, target
 * groups, status, outcome, partners), so erased cases are counted too, and nothing in them leads back to a person.
 * The preventive route is counted per reorganisation, per sector and per region: the reorganisations' business data
 * and their cases' funnel, never the employer's contact person.
 */
package nl.rmt.intake.domain.monitoring;
