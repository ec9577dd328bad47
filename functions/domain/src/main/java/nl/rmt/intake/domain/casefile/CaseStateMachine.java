package nl.rmt.intake.domain.casefile;

import static nl.rmt.intake.domain.casefile.CaseStatus.ACCEPTED;
import static nl.rmt.intake.domain.casefile.CaseStatus.CLOSED;
import static nl.rmt.intake.domain.casefile.CaseStatus.CONTACTED;
import static nl.rmt.intake.domain.casefile.CaseStatus.ESCALATED;
import static nl.rmt.intake.domain.casefile.CaseStatus.REJECTED;
import static nl.rmt.intake.domain.casefile.CaseStatus.ROUTED;
import static nl.rmt.intake.domain.casefile.CaseStatus.SUBMITTED;
import static nl.rmt.intake.domain.casefile.CaseStatus.WITHDRAWN;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The moves a case may make. A citizen may withdraw at any point before the case ends; a rejected or escalated
 * case is routed again; {@link CaseStatus#CLOSED} and {@link CaseStatus#WITHDRAWN} are final.
 */
public final class CaseStateMachine {

    /** The only status a case can be created in. */
    public static final CaseStatus INITIAL = SUBMITTED;

    private static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = allowedTransitions();

    private CaseStateMachine() {
    }

    /**
     * @param from the current status, or null for a case that does not exist yet
     * @return the statuses the case may move to; empty for a final status
     */
    public static Set<CaseStatus> allowedFrom(CaseStatus from) {
        return from == null ? Set.of(INITIAL) : ALLOWED.get(from);
    }

    public static boolean isAllowed(CaseStatus from, CaseStatus to) {
        return to != null && allowedFrom(from).contains(to);
    }

    public static boolean isFinal(CaseStatus status) {
        return allowedFrom(status).isEmpty();
    }

    /**
     * @param from the current status, or null for a case that does not exist yet
     * @throws IllegalTransitionException when the move is not allowed
     */
    public static void check(CaseStatus from, CaseStatus to) {
        if (!isAllowed(from, to)) {
            throw new IllegalTransitionException(from, to, allowedFrom(from));
        }
    }

    private static Map<CaseStatus, Set<CaseStatus>> allowedTransitions() {
        Map<CaseStatus, Set<CaseStatus>> allowed = new EnumMap<>(CaseStatus.class);
        allowed.put(SUBMITTED, EnumSet.of(ROUTED, WITHDRAWN));
        allowed.put(ROUTED, EnumSet.of(ACCEPTED, REJECTED, ESCALATED, WITHDRAWN));
        allowed.put(ACCEPTED, EnumSet.of(CONTACTED, REJECTED, CLOSED, WITHDRAWN));
        allowed.put(CONTACTED, EnumSet.of(CLOSED, REJECTED, WITHDRAWN));
        allowed.put(REJECTED, EnumSet.of(ROUTED, WITHDRAWN));
        allowed.put(ESCALATED, EnumSet.of(ACCEPTED, REJECTED, ROUTED, WITHDRAWN));
        allowed.put(CLOSED, EnumSet.noneOf(CaseStatus.class));
        allowed.put(WITHDRAWN, EnumSet.noneOf(CaseStatus.class));
        allowed.replaceAll((from, to) -> Collections.unmodifiableSet(to));
        return Collections.unmodifiableMap(allowed);
    }
}
