package nl.rmt.intake.handlers.reorganisation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.rmt.intake.application.StoredReorganisation;
import nl.rmt.intake.domain.reorganisation.EmployerCounts;
import nl.rmt.intake.json.Json;

/** The JSON of the reorganisation routes (api/openapi.yaml), and the links the employer and its staff get. */
final class ReorganisationViews {

    private final String pagesOrigin;

    /** @param pagesOrigin the citizen pages' origin, such as {@code https://rmt-intake.example.nl} */
    ReorganisationViews(String pagesOrigin) {
        this.pagesOrigin = pagesOrigin.endsWith("/") ? pagesOrigin.substring(0, pagesOrigin.length() - 1)
                : pagesOrigin;
    }

    String invitationUrl(StoredReorganisation r) {
        return pagesOrigin + "/?region=" + r.region() + "&uitnodiging=" + r.invitationCode();
    }

    String employerViewUrl(String reorganisationId, String employerKey) {
        return pagesOrigin + "/werkgever#reorganisation=" + reorganisationId + "&key="
                + URLEncoder.encode(employerKey, StandardCharsets.UTF_8);
    }

    static ObjectNode listItem(StoredReorganisation r) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        item.put("reorganisationId", r.reorganisationId());
        item.put("employerName", r.employerName());
        item.put("kvkNumber", r.kvkNumber());
        item.put("sector", r.sector());
        item.put("siteMunicipality", r.siteMunicipality());
        item.put("jobsAffected", r.jobsAffected());
        item.put("expectedNoticeDate", r.expectedNoticeDate().toString());
        item.put("socialPlan", r.socialPlan());
        item.put("status", r.status().name());
        item.put("registeredAt", r.registeredAt().toString());
        item.put("invitationValidUntil", r.invitationValidUntil().toString());
        return item;
    }

    ObjectNode detail(StoredReorganisation r, EmployerCounts funnel) {
        ObjectNode view = listItem(r);
        if (r.contactName() == null) {
            view.putNull("contact");
        } else {
            view.putObject("contact").put("name", r.contactName()).put("email", r.contactEmail());
        }
        view.set("invitation", invitation(r));
        if (r.closedAt() == null) {
            view.putNull("closedAt");
        } else {
            view.put("closedAt", r.closedAt().toString());
        }
        view.set("funnel", Json.MAPPER.valueToTree(funnel));
        return view;
    }

    ObjectNode registered(StoredReorganisation r, String employerKey) {
        ObjectNode view = JsonNodeFactory.instance.objectNode();
        view.put("reorganisationId", r.reorganisationId());
        view.put("region", r.region());
        view.put("status", r.status().name());
        view.set("invitation", invitation(r));
        view.putObject("employerView").put("url", employerViewUrl(r.reorganisationId(), employerKey));
        return view;
    }

    private ObjectNode invitation(StoredReorganisation r) {
        ObjectNode invitation = JsonNodeFactory.instance.objectNode();
        invitation.put("code", r.invitationCode());
        invitation.put("url", invitationUrl(r));
        invitation.put("validUntil", r.invitationValidUntil().toString());
        return invitation;
    }

}
