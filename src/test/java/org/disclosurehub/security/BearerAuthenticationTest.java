package org.disclosurehub.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurehub.ingest.DatasetImporter;
import org.disclosurehub.support.AgencyApi;
import org.disclosurehub.support.DatasetBuilder;
import org.disclosurehub.support.PublicApi;
import org.disclosurehub.support.WriteData;
import org.disclosurehub.support.WriteHubTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over HTTP: public reads need no credential and are not disturbed by one; a credential that is
 * not valid is refused at once with 401 and code UNAUTHENTICATED; GraphiQL, the schema and
 * Actuator stay reachable.
 */
@WriteHubTest
class BearerAuthenticationTest {

    private static final String READ = "{ agency(code: \"" + DatasetBuilder.DEPARTMENT + "\") { name } }";

    @LocalServerPort
    int port;
    @Autowired
    TokenStore tokens;
    @Autowired
    DatasetImporter importer;

    private AgencyApi api;

    @BeforeAll
    void setUp() {
        WriteData.load(importer);
        api = new AgencyApi(port);
    }

    @Test
    void publicReadsNeedNoCredentialAndWorkWithAValidOne() {
        String token = tokens.issue(DatasetBuilder.DEPARTMENT, Role.PUBLISHER, null).token();

        assertThat(api.graphQl(null, READ).ok().<String>read("$.data.agency.name")).isEqualTo("北京市朝阳区市场监督管理局");
        assertThat(api.graphQl(token, READ).ok().<String>read("$.data.agency.name")).isEqualTo("北京市朝阳区市场监督管理局");
    }

    @Test
    void anUnknownMistypedOrRevokedTokenIsRefusedWith401() {
        TokenStore.IssuedToken revoked = tokens.issue(DatasetBuilder.DEPARTMENT, Role.PUBLISHER, null);
        tokens.revoke(revoked.id());

        for (String bad : new String[] {revoked.token(), "dhub_000000000000_" + "A".repeat(43), "hello"}) {
            PublicApi.Response r = api.graphQl(bad, READ);
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.errorCode()).isEqualTo("UNAUTHENTICATED");
            assertThat(r.raw()).doesNotContain(bad);
        }
    }

    @Test
    void anotherSchemeThanBearerIsRefusedWith401() {
        PublicApi.Response r = api.graphQlWithAuthorization("Basic dXNlcjpwYXNz", READ);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.errorCode()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void graphiqlTheSchemaGetQueriesAndActuatorStayReachableAnonymously() {
        assertThat(api.get(null, "/graphiql").statusCode()).isEqualTo(200);
        assertThat(api.get(null, "/graphql/schema").body()).contains("type Query");
        assertThat(api.get(null, "/actuator/health").statusCode()).isEqualTo(200);
        // GET /graphql is not a way to query this hub (405), but security must not be what says no
        assertThat(api.get(null, "/graphql?query=%7Bhub%7Btoday%7D%7D").statusCode()).isNotIn(401, 403);
    }

    @Test
    void springSecuritysOwnHeadersAreOffSoPublicReadsStayCacheable() {
        var r = api.get(null, "/graphql/schema");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).isEmpty();
        assertThat(r.headers().firstValue("X-Frame-Options")).isEmpty();
    }
}
