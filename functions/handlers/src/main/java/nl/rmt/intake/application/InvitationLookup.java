package nl.rmt.intake.application;

import java.util.Optional;
import nl.rmt.intake.domain.reorganisation.Invitation;

/** Finds what an invitation code leads to, for an intake that came with one. */
@FunctionalInterface
public interface InvitationLookup {

    /** Where invitations are not looked up (tools, benchmarks): every code is unknown. */
    InvitationLookup NONE = code -> Optional.empty();

    /** @param code a well-formed code ({@link nl.rmt.intake.domain.reorganisation.InvitationCode#normalise}) */
    Optional<Invitation> invitation(String code);
}
