package nl.rmt.intake.store;

import static nl.rmt.intake.store.AttributeValues.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.rmt.intake.application.InvitationLookup;
import nl.rmt.intake.application.ReorganisationStore;
import nl.rmt.intake.application.StoredReorganisation;
import nl.rmt.intake.domain.reorganisation.FunnelCase;
import nl.rmt.intake.domain.reorganisation.Invitation;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Reorganisations in the single table (see {@link ReorganisationItems} for the items). */
public final class DynamoDbReorganisations implements ReorganisationStore, InvitationLookup {

    private static final Pattern REORGANISATION_ID =
            Pattern.compile("reo-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbReorganisations(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public boolean register(StoredReorganisation reorganisation) {
        Map<String, AttributeValue> invitation = new HashMap<>(
                ReorganisationItems.invitationKey(reorganisation.invitationCode()));
        invitation.put("reorganisationId", s(reorganisation.reorganisationId()));
        try {
            dynamoDb.transactWriteItems(request -> request.transactItems(
                    TransactWriteItem.builder().put(put -> put.tableName(table)
                            .item(ReorganisationItems.item(reorganisation))
                            .conditionExpression("attribute_not_exists(pk)")).build(),
                    TransactWriteItem.builder().put(put -> put.tableName(table).item(invitation)
                            .conditionExpression("attribute_not_exists(pk)")).build()));
            return true;
        } catch (TransactionCanceledException taken) {
            return false;
        }
    }

    @Override
    public Optional<StoredReorganisation> find(String reorganisationId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request.tableName(table).consistentRead(true)
                .key(ReorganisationItems.key(reorganisationId))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(ReorganisationItems.from(item));
    }

    @Override
    public Optional<StoredReorganisation> findByInvitation(String invitationCode) {
        Map<String, AttributeValue> invitation = dynamoDb.getItem(request -> request.tableName(table)
                .key(ReorganisationItems.invitationKey(invitationCode))).item();
        if (invitation == null || invitation.isEmpty()) {
            return Optional.empty();
        }
        return find(invitation.get("reorganisationId").s());
    }

    @Override
    public Optional<Invitation> invitation(String invitationCode) {
        return findByInvitation(invitationCode).map(StoredReorganisation::invitation);
    }

    @Override
    public Page list(String region, StoredReorganisation.Status status, int limit, String next) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":region", s(ReorganisationItems.regionPartition(region)));
        Map<String, AttributeValue> start = next == null ? null : startKey(next, region);
        List<StoredReorganisation> found = new ArrayList<>();
        if (status != null) {
            values.put(":status", s(status.name()));
        }
        // A filter drops items after the limit is applied, so keep reading until the page is full or the index ends.
        do {
            QueryRequest.Builder request = QueryRequest.builder().tableName(table)
                    .indexName(ReorganisationItems.INDEX)
                    .keyConditionExpression(ReorganisationItems.INDEX_PK + " = :region")
                    .expressionAttributeValues(values)
                    .scanIndexForward(false)
                    .limit(limit - found.size())
                    .exclusiveStartKey(start);
            if (status != null) {
                request.filterExpression("#status = :status").expressionAttributeNames(Map.of("#status", "status"));
            }
            QueryResponse response = dynamoDb.query(request.build());
            response.items().forEach(item -> found.add(listed(item)));
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null && found.size() < limit);
        return new Page(found, start == null ? null : PageTokens.encode(start));
    }

    /** The index projects no secret, no code and no contact person: the list shows none of them. */
    private static StoredReorganisation listed(Map<String, AttributeValue> item) {
        return ReorganisationItems.from(item);
    }

    @Override
    public Optional<StoredReorganisation> close(String region, String reorganisationId, Instant at) {
        try {
            dynamoDb.updateItem(request -> request.tableName(table)
                    .key(ReorganisationItems.key(reorganisationId))
                    .conditionExpression("#region = :region AND #status = :open")
                    .updateExpression("SET #status = :closed, closedAt = :at REMOVE " + ReorganisationItems.CONTACT)
                    .expressionAttributeNames(Map.of("#region", "region", "#status", "status"))
                    .expressionAttributeValues(Map.of(":region", s(region),
                            ":open", s(StoredReorganisation.Status.OPEN.name()),
                            ":closed", s(StoredReorganisation.Status.CLOSED.name()),
                            ":at", s(at.toString()))));
        } catch (ConditionalCheckFailedException closedOrAbsent) {
            // Closed before (a repeat answers the same) or not this region's: the read below tells which.
        }
        return find(reorganisationId).filter(r -> r.region().equals(region));
    }

    @Override
    public boolean replaceEmployerKey(String region, String reorganisationId, String employerKeyHash) {
        try {
            dynamoDb.updateItem(request -> request.tableName(table)
                    .key(ReorganisationItems.key(reorganisationId))
                    .conditionExpression("#region = :region")
                    .updateExpression("SET employerKeyHash = :hash")
                    .expressionAttributeNames(Map.of("#region", "region"))
                    .expressionAttributeValues(Map.of(":region", s(region), ":hash", s(employerKeyHash))));
            return true;
        } catch (ConditionalCheckFailedException absent) {
            return false;
        }
    }

    @Override
    public List<FunnelCase> funnelCases(String reorganisationId) {
        List<FunnelCase> cases = new ArrayList<>();
        dynamoDb.queryPaginator(request -> request.tableName(table).indexName(ReorganisationItems.INDEX)
                        .keyConditionExpression(ReorganisationItems.INDEX_PK + " = :pk")
                        .expressionAttributeValues(Map.of(":pk",
                                s(ReorganisationItems.PK_PREFIX + reorganisationId))))
                .items().forEach(item -> cases.add(ReorganisationItems.funnelCase(item)));
        return cases;
    }

    /** A token is taken only when it is exactly a key this query gives out for the asked region. */
    private static Map<String, AttributeValue> startKey(String next, String region) {
        return PageTokens.decode(next, new PageTokens.IndexEntry(ReorganisationItems.PK_PREFIX,
                        ReorganisationItems.ITEM_SK, ReorganisationItems.INDEX_PK,
                        ReorganisationItems.regionPartition(region), ReorganisationItems.INDEX_SK,
                        id -> REORGANISATION_ID.matcher(id).matches()))
                .orElseThrow(InvalidPageTokenException::new);
    }
}
