package nl.rmt.intake.domain.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.rmt.intake.domain.form.PartnerType;

/**
 * The partner organisations, and which one serves a partner type in a region.
 *
 * <p>Construction refuses data that would make resolution ambiguous, leave a served region without a desk to fall
 * back to, or send two partners' cases to one queue.
 */
public final class Partners {

    private final Map<String, Partner> byId;
    private final Set<String> onlyWhenNamedByRule;
    private final Map<String, Partner> deskByRegion;

    /**
     * @param onlyWhenNamedByRule ids of partners (e.g. projects) that a rule must name; they are never chosen by type alone
     * @throws RoutingDataException when ids or queues repeat, a desk is not for exactly one region, a partner serves a
     *                              region without a desk, or two partners would both be chosen for the same type in
     *                              the same region
     */
    public Partners(List<Partner> partners, Set<String> onlyWhenNamedByRule) {
        this.byId = indexById(partners);
        this.onlyWhenNamedByRule = Set.copyOf(onlyWhenNamedByRule);
        for (String id : this.onlyWhenNamedByRule) {
            if (!byId.containsKey(id)) {
                throw new RoutingDataException("partner '" + id + "' is marked onlyWhenNamedByRule but does not exist");
            }
        }
        requireUniqueQueues(partners);
        this.deskByRegion = indexDesks(partners);
        requireDeskForEveryServedRegion(partners);
        requireUnambiguousTypeResolution(partners);
    }

    /**
     * The partner that handles {@code type} in a region: a regional partner of that type serving the region, else
     * a national one, else the region's RMT desk. Callers detect the last case by comparing the returned type.
     *
     * @throws IllegalArgumentException when the region has no RMT desk
     */
    public Partner resolve(String regionCode, PartnerType type) {
        if (type == PartnerType.RMT) {
            return desk(regionCode);
        }
        Partner national = null;
        for (Partner partner : byId.values()) {
            if (partner.type() != type || onlyWhenNamedByRule.contains(partner.id())) {
                continue;
            }
            if (partner.regions().contains(regionCode)) {
                return partner;
            }
            if (partner.isNational()) {
                national = partner;
            }
        }
        return national != null ? national : desk(regionCode);
    }

    public Optional<Partner> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @throws IllegalArgumentException when the region has no RMT desk */
    public Partner desk(String regionCode) {
        Partner desk = deskByRegion.get(regionCode);
        if (desk == null) {
            throw new IllegalArgumentException("no RMT desk for region " + regionCode);
        }
        return desk;
    }

    /** The regions that have an RMT desk. */
    public Set<String> deskRegions() {
        return Set.copyOf(deskByRegion.keySet());
    }

    /** Every partner, in the order of the data file. */
    public List<Partner> all() {
        return List.copyOf(byId.values());
    }

    public boolean isOnlyWhenNamedByRule(String partnerId) {
        return onlyWhenNamedByRule.contains(partnerId);
    }

    /** Whether the partner would receive a case of {@code regionCode}. */
    public static boolean serves(Partner partner, String regionCode) {
        return partner.isNational() || partner.regions().contains(regionCode);
    }

    private static Map<String, Partner> indexById(List<Partner> partners) {
        Map<String, Partner> index = new LinkedHashMap<>();
        for (Partner partner : partners) {
            if (index.putIfAbsent(partner.id(), partner) != null) {
                throw new RoutingDataException("partner id '" + partner.id() + "' is used more than once");
            }
        }
        return index;
    }

    private static void requireUniqueQueues(List<Partner> partners) {
        Map<String, String> partnerByQueue = new HashMap<>();
        for (Partner partner : partners) {
            String other = partnerByQueue.putIfAbsent(partner.queue(), partner.id());
            if (other != null) {
                throw new RoutingDataException("queue '" + partner.queue() + "' is used by both '" + other
                        + "' and '" + partner.id() + "'");
            }
        }
    }

    private static Map<String, Partner> indexDesks(List<Partner> partners) {
        Map<String, Partner> desks = new HashMap<>();
        for (Partner partner : partners) {
            if (partner.type() != PartnerType.RMT) {
                continue;
            }
            if (partner.regions().size() != 1) {
                throw new RoutingDataException("RMT desk '" + partner.id() + "' must serve exactly one region, not "
                        + (partner.isNational() ? "all" : partner.regions().size()));
            }
            String region = partner.regions().iterator().next();
            Partner other = desks.putIfAbsent(region, partner);
            if (other != null) {
                throw new RoutingDataException("region " + region + " has two RMT desks: '" + other.id() + "' and '"
                        + partner.id() + "'");
            }
        }
        return desks;
    }

    /** Without a desk a region would have no fallback, and resolution could fail for a case already accepted. */
    private void requireDeskForEveryServedRegion(List<Partner> partners) {
        for (Partner partner : partners) {
            for (String region : partner.regions()) {
                if (!deskByRegion.containsKey(region)) {
                    throw new RoutingDataException("partner '" + partner.id() + "' serves region " + region
                            + ", which has no RMT desk");
                }
            }
        }
    }

    private void requireUnambiguousTypeResolution(List<Partner> partners) {
        Map<String, String> chosenFor = new HashMap<>();
        for (Partner partner : partners) {
            if (partner.type() == PartnerType.RMT || onlyWhenNamedByRule.contains(partner.id())) {
                continue;
            }
            List<String> scopes = new ArrayList<>(partner.isNational() ? Set.of("all regions") : partner.regions());
            for (String scope : scopes) {
                String key = partner.type() + " in " + scope;
                String other = chosenFor.putIfAbsent(key, partner.id());
                if (other != null) {
                    throw new RoutingDataException("both '" + other + "' and '" + partner.id() + "' would handle " + key
                            + "; mark one onlyWhenNamedByRule or narrow its regions");
                }
            }
        }
    }
}
