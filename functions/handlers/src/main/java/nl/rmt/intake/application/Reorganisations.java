package nl.rmt.intake.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import nl.rmt.intake.domain.reorganisation.EmployerCounts;
import nl.rmt.intake.domain.reorganisation.EmployerKey;
import nl.rmt.intake.domain.reorganisation.Funnel;
import nl.rmt.intake.domain.reorganisation.InvitationCode;
import nl.rmt.intake.domain.reorganisation.Registration;

/** Registering, closing and re-keying reorganisations, and their funnel. */
public final class Reorganisations {

    // A fresh code is drawn when one is taken; with 31^12 codes a second draw is already most unlikely.
    private static final int CODE_ATTEMPTS = 5;

    private final ReorganisationStore store;
    private final RandomGenerator random;
    private final Clock clock;

    /** @param random a secure generator in production: codes and keys must not be predictable */
    public Reorganisations(ReorganisationStore store, RandomGenerator random, Clock clock) {
        this.store = store;
        this.random = random;
        this.clock = clock;
    }

    /** A stored reorganisation, with the employer's key that only this answer shows. */
    public record Registered(StoredReorganisation reorganisation, String employerKey) {

        @Override
        public String toString() {
            return "Registered[" + reorganisation + "]";
        }
    }

    public Registered register(Registration registration) {
        Instant now = clock.instant();
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            EmployerKey.Issued key = EmployerKey.issue(random);
            StoredReorganisation reorganisation = new StoredReorganisation("reo-" + UUID.randomUUID(),
                    registration.region(), registration.employerName(), registration.kvkNumber(),
                    registration.siteMunicipality(), registration.sector(), registration.jobsAffected(),
                    registration.expectedNoticeDate(), registration.socialPlan(), StoredReorganisation.Status.OPEN,
                    now, null, InvitationCode.generate(random), registration.invitationValidUntil(),
                    registration.contactName(), registration.contactEmail(), key.sha256Hex());
            if (store.register(reorganisation)) {
                return new Registered(reorganisation, key.secret());
            }
        }
        throw new IllegalStateException("no free invitation code in " + CODE_ATTEMPTS + " draws");
    }

    /** The region's reorganisation, or empty for an unknown one and another region's alike. */
    public Optional<StoredReorganisation> find(String region, String reorganisationId) {
        return store.find(reorganisationId).filter(r -> r.region().equals(region));
    }

    public ReorganisationStore.Page list(String region, StoredReorganisation.Status status, int limit, String next) {
        return store.list(region, status, limit, next);
    }

    /** The reorganisation an invitation code leads to, in whatever state. */
    public Optional<StoredReorganisation> byInvitation(String invitationCode) {
        return store.findByInvitation(invitationCode);
    }

    public Optional<StoredReorganisation> close(String region, String reorganisationId) {
        return store.close(region, reorganisationId, clock.instant());
    }

    /** @return the new key, shown once; empty when there is no such reorganisation in the region */
    public Optional<String> replaceEmployerKey(String region, String reorganisationId) {
        EmployerKey.Issued key = EmployerKey.issue(random);
        return store.replaceEmployerKey(region, reorganisationId, key.sha256Hex())
                ? Optional.of(key.secret()) : Optional.empty();
    }

    public Funnel funnel(String reorganisationId) {
        return Funnel.of(store.funnelCases(reorganisationId));
    }

    /** What the employer sees, with small numbers suppressed. */
    public EmployerCounts employerCounts(StoredReorganisation reorganisation) {
        return EmployerCounts.of(reorganisation.jobsAffected(), funnel(reorganisation.reorganisationId()));
    }

    /** The reorganisation whose employer holds this key; an unknown id and a wrong key look the same. */
    public Optional<StoredReorganisation> forEmployer(String reorganisationId, String presentedKey) {
        Optional<StoredReorganisation> found = store.find(reorganisationId);
        boolean matches = EmployerKey.matches(found.map(StoredReorganisation::employerKeyHash).orElse(null),
                presentedKey);
        return matches ? found : Optional.empty();
    }
}
