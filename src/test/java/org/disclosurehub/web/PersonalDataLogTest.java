package org.disclosurehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.disclosurehub.security.TokenStore;
import org.disclosurehub.support.AgencySystems;
import org.disclosurehub.support.Http;
import org.disclosurehub.support.HubTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * With structured JSON logs on (profile {@code json-logs}), requests full of personal data — a
 * natural person's name, an 18-digit resident ID number, a bearer credential — leave none of it
 * in the log: not when they succeed, not when they are malformed, and not when the hub fails
 * inside (an internal error is logged, with an incident id and no request data).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "datahub.seed.enabled=false", "datahub.clock.fixed=" + HubTest.NOW})
@ActiveProfiles("json-logs")
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLogTest {

    private static final String NAME = "欧阳娜娜";
    private static final String ID_NUMBER = "110105199003071234";
    /** Another one, never looked up before: no cached answer may stand in for the database. */
    private static final String OTHER_ID_NUMBER = "11010819880511002X";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TokenStore tokens;

    /** A real agency credential: it is accepted, and still never written to the log. */
    String credential;

    Http http;

    /**
     * Boot sets up logging once per JVM, for the first application context a test run creates;
     * this context must set it up again with its own profile, and leave it to be set up afresh.
     */
    @BeforeAll
    @AfterAll
    static void letTheNextContextSetUpLogging() {
        LoggingSystem.get(PersonalDataLogTest.class.getClassLoader()).cleanUp();
    }

    @BeforeEach
    void connect() {
        http = new Http(port);
        credential = AgencySystems.bearer(jdbc, tokens, "test: personal data in logs").substring("Bearer ".length());
    }

    @Test
    void noPersonalDataReachesTheLogWhateverTheRequestsCarry(CapturedOutput log) throws IOException {
        String bearer = "Bearer " + credential;
        // well-formed reads with personal data in the variables
        assertThat(http.postGraphQl(Http.graphQl("query($no: String!) { credentialCheck(credentialNo: $no) { found } }",
                Map.of("no", ID_NUMBER)), "Authorization", bearer).statusCode()).isEqualTo(200);
        assertThat(http.postGraphQl(Http.graphQl("query($name: String) { penaltyDecisions(filter: {partyNameContains: $name}) "
                + "{ totalCount } }", Map.of("name", NAME))).statusCode()).isEqualTo(200);
        // wrong variable type, syntax error, not JSON, too long: each refused
        assertThat(http.postGraphQl(Http.graphQl("query($n: Int) { agencies(first: $n) { totalCount } }",
                Map.of("n", NAME + ID_NUMBER)), "Authorization", bearer).statusCode()).isEqualTo(200);
        assertThat(http.postGraphQl(Http.graphQl("{ credentialCheck(credentialNo: " + ID_NUMBER + NAME + ") { found } }"))
                .statusCode()).isEqualTo(200);
        assertThat(http.postGraphQl("{\"query\": " + NAME + ID_NUMBER + "}", "Authorization", bearer).statusCode())
                .isEqualTo(400);
        assertThat(http.postGraphQl(Http.graphQl("{ hub { today } }" + (" #" + NAME + ID_NUMBER).repeat(600)))
                .statusCode()).isEqualTo(200);
        // a request line the HTTP parser refuses
        assertThat(rawRequestLine("GET /graphql?name=" + NAME + "&id=" + ID_NUMBER + "{} HTTP/1.1")).startsWith("HTTP/1.1 400");

        assertThat(log.getOut() + log.getErr()).doesNotContain(NAME, ID_NUMBER, credential);
    }

    @Test
    void anInternalErrorIsLoggedAsJsonWithAnIncidentIdButNothingTheClientSent(CapturedOutput log) {
        jdbc.execute("RENAME TABLE officer TO officer_away");
        HttpResponse<String> failed;
        try {
            failed = http.postGraphQl(Http.graphQl("query($no: String!) { credentialCheck(credentialNo: $no) { found } }",
                    Map.of("no", OTHER_ID_NUMBER)), "Authorization", "Bearer " + credential);
        } finally {
            jdbc.execute("RENAME TABLE officer_away TO officer");
        }

        assertThat((String) Http.read(failed, "$.errors[0].extensions.code")).as(failed.body()).isEqualTo("INTERNAL");
        String incident = ((String) Http.read(failed, "$.errors[0].message")).replaceAll(".*incident ([0-9a-f-]+).*", "$1");
        String line = log.getOut().lines().filter(l -> l.contains(incident)).findFirst().orElseThrow();
        assertThat(line).startsWith("{").endsWith("}").contains("\"level\":\"ERROR\"", "credentialCheck");
        assertThat(failed.body()).doesNotContain(OTHER_ID_NUMBER, "SELECT", "officer");
        assertThat(log.getOut() + log.getErr()).doesNotContain(NAME, ID_NUMBER, OTHER_ID_NUMBER, credential, "SELECT");
    }

    /** Sends a request line as raw bytes (no client library would send an invalid one). */
    private String rawRequestLine(String line) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write((line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
