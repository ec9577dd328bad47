package nl.rmt.intake.mail;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import nl.rmt.intake.application.EmailOutcomeUnknownException;
import nl.rmt.intake.application.Mailer;
import nl.rmt.intake.application.UndeliverableException;
import nl.rmt.intake.delivery.ServiceRejections;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import nl.rmt.intake.domain.confirmation.ConfirmationEmail;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.Message;
import software.amazon.awssdk.services.sesv2.model.MessageTag;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/**
 * Sends through SES v2 with the configuration set whose events (bounces, complaints) find the case by its tag.
 * Failures are told apart by what they mean for a second attempt: refused for good ({@link UndeliverableException}),
 * not sent (SES answered with an error, or was never reached: retry), or unknown ({@link
 * EmailOutcomeUnknownException}: SES may have taken it, so a retry could mail the citizen twice).
 */
public final class SesMailer implements Mailer {

    private final SesV2Client ses;
    private final String fromAddress;
    private final String configurationSet;

    /** @param configurationSet null where no configuration set is deployed */
    public SesMailer(SesV2Client ses, String fromAddress, String configurationSet) {
        this.ses = ses;
        this.fromAddress = fromAddress;
        this.configurationSet = configurationSet;
    }

    @Override
    public String send(String to, ConfirmationEmail email, String caseId) {
        SendEmailRequest.Builder request = SendEmailRequest.builder()
                .fromEmailAddress(fromAddress)
                .destination(destination -> destination.toAddresses(to))
                .content(EmailContent.builder().simple(Message.builder()
                        .subject(utf8(email.subject()))
                        .body(Body.builder().text(utf8(email.textBody())).html(utf8(email.htmlBody())).build())
                        .build()).build())
                .emailTags(MessageTag.builder().name(EmailTags.CASE_ID).value(caseId).build());
        if (configurationSet != null) {
            request.configurationSetName(configurationSet);
        }
        try {
            return ses.sendEmail(request.build()).messageId();
        } catch (AwsServiceException e) {
            // SES answered: the email was not sent.
            throw ServiceRejections.ses(e).<RuntimeException>map(UndeliverableException::new).orElse(e);
        } catch (SdkClientException e) {
            if (neverReachedSes(e)) {
                throw e;
            }
            throw new EmailOutcomeUnknownException(e);
        }
    }

    /** No connection was made, so SES cannot have taken the email; any other client failure leaves it unknown. */
    private static boolean neverReachedSes(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    private static Content utf8(String text) {
        return Content.builder().data(text).charset(StandardCharsets.UTF_8.name()).build();
    }
}
