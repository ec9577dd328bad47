/**
 * Who handles a case: one lead partner and zero or more referrals, chosen by data rather than code.
 *
 * <p>The data lives in {@code src/main/resources/routing/} and is versioned with the code; each file has a JSON
 * Schema in {@code routing/schema/} for editors, and {@link nl.rmt.intake.domain.routing.RoutingData} checks the
 * files against each other when loading, so a broken rule fails the build rather than a citizen's intake:
 * <ul>
 *   <li>{@code partners.json}: every organisation and its queue. A partner without regions is national. Each region
 *       has exactly one RMT desk, which is where every type falls back to when the region has no partner of its own.
 *       A partner marked {@code onlyWhenNamedByRule} (such as a project) is only reached through a rule naming it,
 *       so that it does not compete with the regular partner of the same type.</li>
 *   <li>{@code partner-types.json}: the person fields each partner type may receive, with the reason. A partner
 *       message carries nothing else, which is how data minimisation is enforced. Versioned with partners.json.</li>
 *   <li>{@code rules.json}: the national lead table (first match wins, the last rule always matches), the referral
 *       rules and the youth age limit. Bump its version on every change: decisions store it.</li>
 *   <li>{@code regions/AMxx.json}: a region's own rules, tried before the national ones ({@code PREPEND}) or
 *       instead of them ({@code REPLACE}), and optionally its own youth age limit. A new file must also be listed in
 *       {@code regions/index.json}, since a classpath directory cannot be listed reliably.</li>
 * </ul>
 *
 * <p>A prepended rule wins over every national rule: in Noordoost-Brabant a self-employed person who is also in the
 * Banenafspraak register goes to the ZZP project, not to the municipality.
 */
package nl.rmt.intake.domain.routing;
