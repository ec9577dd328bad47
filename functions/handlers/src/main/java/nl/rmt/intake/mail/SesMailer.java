package nl.rmt.intake.mail;

import java.nio.charset.StandardCharsets;
import nl.rmt.intake.application.Mailer;
import nl.rmt.intake.domain.confirmation.ConfirmationEmail;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.Message;
import software.amazon.awssdk.services.sesv2.model.MessageTag;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/** Sends through SES v2 with the configuration set whose events (bounces, complaints) find the case by its tag. */
public final class SesMailer implements Mailer {

    public static final String CASE_ID_TAG = "caseId";

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
                .emailTags(MessageTag.builder().name(CASE_ID_TAG).value(caseId).build());
        if (configurationSet != null) {
            request.configurationSetName(configurationSet);
        }
        return ses.sendEmail(request.build()).messageId();
    }

    private static Content utf8(String text) {
        return Content.builder().data(text).charset(StandardCharsets.UTF_8.name()).build();
    }
}
