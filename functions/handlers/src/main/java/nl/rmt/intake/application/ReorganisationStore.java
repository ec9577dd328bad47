package nl.rmt.intake.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.rmt.intake.domain.reorganisation.FunnelCase;

/** Where reorganisations, their invitations and their cases' funnel are kept. */
public interface ReorganisationStore {

    /** @return false when the invitation code is taken already (then nothing is stored; draw another) */
    boolean register(StoredReorganisation reorganisation);

    Optional<StoredReorganisation> find(String reorganisationId);

    /** The reorganisation an invitation code belongs to, whatever its state. */
    Optional<StoredReorganisation> findByInvitation(String invitationCode);

    /** The region's reorganisations, newest first. @param next a token of a previous page, or null */
    Page list(String region, StoredReorganisation.Status status, int limit, String next);

    /** Closes and erases the contact person; a closed one stays as it is. @return the reorganisation after it */
    Optional<StoredReorganisation> close(String region, String reorganisationId, Instant at);

    /** @return false when there is no such reorganisation in the region */
    boolean replaceEmployerKey(String region, String reorganisationId, String employerKeyHash);

    /** The status and outcome of every case that applied through the reorganisation's invitation. */
    List<FunnelCase> funnelCases(String reorganisationId);

    record Page(List<StoredReorganisation> reorganisations, String next) {
    }

    /** A page token this store did not give out for the asked region. */
    final class InvalidPageTokenException extends RuntimeException {
        public InvalidPageTokenException() {
            super("The page token is not one this API gave out");
        }
    }
}
