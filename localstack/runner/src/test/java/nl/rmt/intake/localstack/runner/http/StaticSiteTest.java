package nl.rmt.intake.localstack.runner.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticSiteTest {

    @TempDir
    Path root;
    private StaticSite site;

    @BeforeEach
    void buildASite() throws IOException {
        Path dist = Files.createDirectories(root.resolve("dist"));
        Files.writeString(dist.resolve("index.html"), "<h1>form</h1>");
        Files.writeString(dist.resolve("intrekken.html"), "<h1>withdraw</h1>");
        Files.writeString(Files.createDirectories(dist.resolve("assets")).resolve("rmt.css"), "body{}");
        Files.writeString(root.resolve("secret.txt"), "not served");
        site = new StaticSite(root.resolve("dist"));
    }

    @Test
    void theRootIsTheIndexPage() {
        ApiResponse page = site.serve("GET", "/").orElseThrow();

        assertThat(page.status()).isEqualTo(200);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<h1>form</h1>");
        assertThat(page.headers().get("Content-Type")).containsExactly("text/html; charset=utf-8");
    }

    @Test
    void aPathWithoutAnExtensionIsTheHtmlPageOfThatName() {
        assertThat(site.serve("GET", "/intrekken").orElseThrow().body())
                .isEqualTo("<h1>withdraw</h1>".getBytes(StandardCharsets.UTF_8));
        assertThat(site.serve("HEAD", "/assets/rmt.css").orElseThrow().headers().get("Content-Type"))
                .containsExactly("text/css; charset=utf-8");
    }

    @Test
    void servesNothingOutsideItsFolderNothingMissingAndOnlyGetAndHead() {
        assertThat(site.serve("GET", "/../secret.txt")).isEmpty();
        assertThat(site.serve("GET", "/%2e%2e/secret.txt")).isEmpty();
        assertThat(site.serve("GET", "/nothing-here")).isEmpty();
        assertThat(site.serve("POST", "/")).isEmpty();
    }
}
