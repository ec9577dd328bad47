package nl.rmt.intake.localstack.runner.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The caller of an IAM-authorised route as API Gateway describes it in {@code requestContext.authorizer.iam},
 * for a caller that assumed a role. Locally the access key id is the role's name and the session is
 * {@value #SESSION}; the role id is made up from the name, so one role always has the same id.
 */
record IamCaller(String accessKey, String accountId) {

    static final String SESSION = "local";
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    /** IAM role ids are AROA and 17 more characters of this alphabet. */
    private static final int ROLE_ID_SUFFIX_LENGTH = 17;

    String roleId() {
        byte[] digest = sha256(accessKey);
        StringBuilder id = new StringBuilder("AROA");
        for (int i = 0; i < ROLE_ID_SUFFIX_LENGTH; i++) {
            id.append(BASE32.charAt((digest[i] & 0xff) % BASE32.length()));
        }
        return id.toString();
    }

    String userArn() {
        return "arn:aws:sts::" + accountId + ":assumed-role/" + accessKey + "/" + SESSION;
    }

    ObjectNode toJson() {
        ObjectNode iam = JsonNodeFactory.instance.objectNode();
        iam.put("accessKey", accessKey);
        iam.put("accountId", accountId);
        iam.put("callerId", roleId() + ":" + SESSION);
        iam.putNull("cognitoIdentity");
        iam.putNull("principalOrgId");
        iam.put("userArn", userArn());
        iam.put("userId", roleId() + ":" + SESSION);
        return iam;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
