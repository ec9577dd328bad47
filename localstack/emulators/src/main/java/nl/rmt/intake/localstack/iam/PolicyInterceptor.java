package nl.rmt.intake.localstack.iam;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorResponse;

/**
 * Checks every call of an SDK client built for a function against that function's role, before it is sent. The SDK
 * creates its global interceptors (listed in {@code software/amazon/awssdk/global/handlers/execution.interceptors},
 * a resource of the local stack only) anew for every client it builds, so each instance binds, at construction, to
 * the function the client is built for ({@link ActingFunction}); a client built outside any function is unchecked.
 */
public final class PolicyInterceptor implements ExecutionInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyInterceptor.class);

    private final FunctionRole role;
    /** GetRecords names only a shard iterator; IAM checks the stream it reads. */
    private final Map<String, String> streamOfIterator = new ConcurrentHashMap<>();

    public PolicyInterceptor() {
        this.role = ActingFunction.current().orElse(null);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (role == null) {
            return;
        }
        String service = iamPrefix(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME));
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        SdkRequest request = context.request();
        Optional<String> stream = request instanceof GetRecordsRequest records
                ? Optional.ofNullable(streamOfIterator.get(records.shardIterator())) : Optional.empty();
        List<Permission> needed = new RequiredPermissions(role.arns()).of(service, operation, request, stream);
        for (Permission permission : needed) {
            if (role.policy().allows(permission)) {
                UsageLog.record(role.function(), permission);
            } else if (IamEnforcement.enabled()) {
                throw AccessDenied.of(service, role, permission, explicitlyDenied(permission));
            } else {
                LOG.warn("{} may not call {} (IAM enforcement is off; AWS would refuse it)", role.function(), permission);
            }
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (role == null) {
            return;
        }
        if (context.response() instanceof GetShardIteratorResponse iterator && iterator.shardIterator() != null
                && context.request() instanceof GetShardIteratorRequest request) {
            streamOfIterator.put(iterator.shardIterator(), request.streamArn());
        }
        if (context.response() instanceof GetRecordsResponse records && context.request() instanceof GetRecordsRequest request) {
            String stream = streamOfIterator.remove(request.shardIterator());
            if (stream != null && records.nextShardIterator() != null) {
                streamOfIterator.put(records.nextShardIterator(), stream);
            }
        }
    }

    private boolean explicitlyDenied(Permission permission) {
        return role.policy().statements().stream().anyMatch(statement -> !statement.allow() && statement.matches(permission));
    }

    private static String iamPrefix(String sdkServiceName) {
        String name = sdkServiceName.toLowerCase(Locale.ROOT);
        if (name.startsWith("dynamodb")) {
            return "dynamodb";
        }
        return name.startsWith("ses") ? "ses" : name;
    }
}
