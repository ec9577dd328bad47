package nl.rmt.intake.domain.confirmation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void theFiveSpecialCharactersAreEscaped() {
        assertThat(Html.escape("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    }

    @Test
    void ordinaryTextIncludingAccentsIsLeftAlone() {
        assertThat(Html.escape("Zoë van 't Hek-Ünal")).isEqualTo("Zoë van &#39;t Hek-Ünal");
        assertThat(Html.escape("")).isEmpty();
    }

    @Test
    void escapingTwiceEscapesTheAmpersandAgain() {
        assertThat(Html.escape(Html.escape("&"))).isEqualTo("&amp;amp;");
    }
}
