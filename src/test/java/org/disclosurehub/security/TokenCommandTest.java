package org.disclosurehub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.disclosurehub.ingest.DatasetImporter;
import org.disclosurehub.support.DatasetBuilder;
import org.disclosurehub.support.WriteData;
import org.disclosurehub.support.WriteHubTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code java -jar disclosure-hub.jar token issue|list|revoke}: the token alone on standard
 * output when issued, never again after; exit 0 done, 1 refused, 2 usage error.
 */
@WriteHubTest
class TokenCommandTest {

    @Autowired
    TokenStore tokens;
    @Autowired
    DatasetImporter importer;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    void agencies() {
        WriteData.load(importer);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        TokenCommand.Request request = TokenCommand.parse(args, e);
        return request == null ? TokenCommand.USAGE_OR_ENVIRONMENT : TokenCommand.run(request, tokens, o, e);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void issuePrintsTheTokenAloneOnStandardOutputAndItWorks() {
        assertThat(run("token", "issue", "--agency", DatasetBuilder.GOVERNMENT, "--role", "ADMIN", "--label", "区司法局"))
                .isEqualTo(TokenCommand.DONE);

        String token = out().strip();
        assertThat(token).matches("dhub_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");
        assertThat(tokens.authenticate(token)).hasValueSatisfying(c -> assertThat(c.role()).isEqualTo(Role.ADMIN));
        assertThat(err()).contains("shown only now");
    }

    @Test
    void listShowsEveryTokenButNeverItsSecret() {
        run("token", "issue", "--agency", DatasetBuilder.DEPARTMENT, "--role", "PUBLISHER", "--label", "执法办案系统");
        String token = out().strip();
        String id = token.substring(5, 17);

        assertThat(run("token", "list")).isEqualTo(TokenCommand.DONE);
        assertThat(out()).contains(id, "PUBLISHER", DatasetBuilder.DEPARTMENT, "执法办案系统")
                .doesNotContain(token.substring(18));
    }

    @Test
    void revokeEndsATokenAndSaysSoWhenItWasRevokedAlready() {
        run("token", "issue", "--agency", DatasetBuilder.TOWNSHIP, "--role", "CASEWORKER");
        String token = out().strip();
        String id = token.substring(5, 17);

        assertThat(run("token", "revoke", id)).isEqualTo(TokenCommand.DONE);
        assertThat(tokens.authenticate(token)).isEmpty();
        assertThat(run("token", "revoke", id)).isEqualTo(TokenCommand.DONE);
        assertThat(err()).contains("revoked already");
    }

    @Test
    void anUnknownAgencyOrTokenIsRefusedWithExitCode1() {
        assertThat(run("token", "issue", "--agency", DatasetBuilder.uscc(4343), "--role", "PUBLISHER"))
                .isEqualTo(TokenCommand.REFUSED);
        assertThat(err()).contains("no agency with code");
        assertThat(out()).isEmpty();
        assertThat(run("token", "revoke", "0123456789ab")).isEqualTo(TokenCommand.REFUSED);
    }

    @Test
    void wrongArgumentsPrintTheUsageWithExitCode2() {
        assertThat(run("token")).isEqualTo(TokenCommand.USAGE_OR_ENVIRONMENT);
        assertThat(err()).contains("usage:");
        assertThat(run("token", "issue", "--agency", DatasetBuilder.DEPARTMENT)).isEqualTo(TokenCommand.USAGE_OR_ENVIRONMENT);
        assertThat(run("token", "issue", "--agency", DatasetBuilder.DEPARTMENT, "--role", "KING"))
                .isEqualTo(TokenCommand.USAGE_OR_ENVIRONMENT);
        assertThat(err()).contains("KING is not a role");
        assertThat(run("token", "revoke")).isEqualTo(TokenCommand.USAGE_OR_ENVIRONMENT);
        assertThat(run("token", "list", "all")).isEqualTo(TokenCommand.USAGE_OR_ENVIRONMENT);
        assertThat(run("token", "delete", "x")).isEqualTo(TokenCommand.USAGE_OR_ENVIRONMENT);
    }
}
