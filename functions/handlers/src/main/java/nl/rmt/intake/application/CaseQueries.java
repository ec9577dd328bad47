package nl.rmt.intake.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the regional desks read: a region's case list, and one case with its history. */
public interface CaseQueries {

    /**
     * A region's cases, newest first, without personal data.
     *
     * @param next the token a previous page returned, or null for the first page
     */
    Page list(String region, CaseFilter filter, int limit, String next);

    /** The case as stored (personal data included, until erased) with its history, oldest first. */
    Optional<JsonNode> caseWithHistory(String caseId);

    /**
     * Each list holds alternatives (any of them matches); an empty list does not filter.
     *
     * @param needingAttention only cases with a message or email that could not be delivered, most recent first
     * @param submittedBefore  only cases submitted before this instant (the desk's "older than"), or null
     */
    record CaseFilter(List<String> statuses, List<String> groups, List<String> partners, boolean needingAttention,
                      Instant submittedBefore) {
        public CaseFilter {
            statuses = List.copyOf(statuses);
            groups = List.copyOf(groups);
            partners = List.copyOf(partners);
        }
    }

    /** @param next null on the last page */
    record Page(List<JsonNode> cases, String next) {
    }
}
