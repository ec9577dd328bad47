package nl.rmt.intake.domain.confirmation;

import java.util.Map;
import nl.rmt.intake.domain.form.Language;

/** The frame every citizen email shares: one document, paragraphs of escaped text with filled-in values. */
final class HtmlEmail {

    private final StringBuilder html = new StringBuilder();

    HtmlEmail(Language language, String subject) {
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language.code()).append("\">\n")
                .append("<head><meta charset=\"utf-8\"><title>").append(Html.escape(subject)).append("</title></head>\n")
                .append("<body>\n");
    }

    /** @param content already escaped HTML */
    HtmlEmail paragraph(String content) {
        html.append("<p>").append(content).append("</p>\n");
        return this;
    }

    /** @param content already escaped HTML */
    HtmlEmail raw(String content) {
        html.append(content);
        return this;
    }

    HtmlEmail signOff(String signOff, String signature) {
        return paragraph(Html.escape(signOff) + "<br>" + Html.escape(signature));
    }

    String end() {
        return html.append("</body>\n</html>\n").toString();
    }

    /** Fills a template's placeholders with values that are escaped already, escaping the template's own text. */
    static String fill(String template, Map<String, String> escapedValues) {
        return Placeholders.fill(template, escapedValues, Html::escape);
    }
}
