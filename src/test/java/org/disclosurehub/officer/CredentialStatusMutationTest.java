package org.disclosurehub.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.disclosurehub.ingest.DatasetImporter;
import org.disclosurehub.security.TokenStore;
import org.disclosurehub.support.AgencyApi;
import org.disclosurehub.support.DatasetBuilder;
import org.disclosurehub.support.Personas;
import org.disclosurehub.support.PublicApi;
import org.disclosurehub.support.WriteData;
import org.disclosurehub.support.WriteHubTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A suspended credential is answered as suspended by the public credential check as soon as the
 * agency has recorded it; the street office records it for its enforcement team's officers.
 */
@WriteHubTest
class CredentialStatusMutationTest {

    static final String CHANGE = """
            mutation($input: ChangeCredentialStatusInput!) { changeCredentialStatus(input: $input) {
              staffMember { credentialStatus ... on EnforcementOfficer { validToday } }
              userErrors { field message code } } }""";
    private static final String CHECK = """
            query($no: String!) { credentialCheck(credentialNo: $no) { mayEnforce } }""";

    @LocalServerPort
    int port;
    @Autowired
    TokenStore tokens;
    @Autowired
    DatasetImporter importer;

    private AgencyApi api;
    private PublicApi publicApi;
    private Personas as;

    @BeforeAll
    void setUp() {
        WriteData.load(importer);
        api = new AgencyApi(port);
        publicApi = new PublicApi(port);
        as = Personas.issue(tokens);
    }

    @AfterAll
    void restore() {
        WriteData.load(importer);
    }

    private boolean mayEnforce(String credentialNo) {
        return publicApi.post(CHECK, "no", credentialNo).ok().<Boolean>read("$.data.credentialCheck.mayEnforce");
    }

    @Test
    void aSuspensionIsAnsweredByTheCredentialCheckAtOnceAndSoIsTheReinstatement() {
        assertThat(mayEnforce(DatasetBuilder.TEAM_OFFICER)).isTrue();

        PublicApi.Response r = api.graphQl(as.streetOffice(), CHANGE, "input", Map.of("credentialNo",
                DatasetBuilder.TEAM_OFFICER, "status", "SUSPENDED")).ok();

        assertThat(r.<String>read("$.data.changeCredentialStatus.staffMember.credentialStatus")).isEqualTo("SUSPENDED");
        assertThat(r.<Boolean>read("$.data.changeCredentialStatus.staffMember.validToday")).isFalse();
        assertThat(mayEnforce(DatasetBuilder.TEAM_OFFICER)).isFalse();
        api.graphQl(as.streetOffice(), CHANGE, "input", Map.of("credentialNo", DatasetBuilder.TEAM_OFFICER,
                "status", "VALID")).ok();
        assertThat(mayEnforce(DatasetBuilder.TEAM_OFFICER)).isTrue();
    }

    @Test
    void anotherAgencysOfficerCannotBeSuspendedAndStaysValid() {
        assertThat(api.graphQl(as.other(), CHANGE, "input", Map.of("credentialNo", DatasetBuilder.DEPARTMENT_OFFICER,
                "status", "REVOKED")).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(mayEnforce(DatasetBuilder.DEPARTMENT_OFFICER)).isTrue();
    }

    @Test
    void anUnknownNumberIsNotFound() {
        PublicApi.Response r = api.graphQl(as.own(), CHANGE, "input", Map.of("credentialNo", "no-such-card",
                "status", "REVOKED")).ok();

        assertThat(r.<List<String>>read("$.data.changeCredentialStatus.userErrors[*].code")).containsExactly("NOT_FOUND");
    }
}
