package nl.rmt.intake.localstack.iam;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a call a function's role does not allow fails. On unless the system property {@code rmt.iam.enforce} or
 * the environment variable {@code RMT_IAM_ENFORCE} is {@code false}: switch it off only to debug, since what passes
 * without it may be refused on AWS.
 */
public final class IamEnforcement {

    public static final String PROPERTY = "rmt.iam.enforce";
    public static final String ENVIRONMENT_VARIABLE = "RMT_IAM_ENFORCE";

    private IamEnforcement() {
    }

    public static boolean enabled() {
        return Optional.ofNullable(System.getProperty(PROPERTY))
                .or(() -> Optional.ofNullable(System.getenv(ENVIRONMENT_VARIABLE)))
                .map(value -> !value.trim().toLowerCase(Locale.ROOT).equals("false"))
                .orElse(true);
    }
}
