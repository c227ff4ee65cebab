package org.disclosurehub.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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

/** An agency keeps its published details up to date; the public sees the change as soon as it is made. */
@WriteHubTest
class AgencyMutationsTest {

    static final String UPDATE = """
            mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) {
              agency { code name consultPhone website } userErrors { field message code } } }""";
    private static final String SHOWN = """
            query($code: ID!) { agency(code: $code) { name consultPhone website officeHours } }""";

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

    private PublicApi.Response shown(String code) {
        return publicApi.post(SHOWN, "code", code).ok();
    }

    @Test
    void aNewPhoneNumberIsPublicOnceTheMutationReturns() {
        assertThat(shown(DatasetBuilder.DEPARTMENT).<String>read("$.data.agency.consultPhone")).isEqualTo("010-0000-1002");

        PublicApi.Response r = api.graphQl(as.own(), UPDATE, "input", Map.of("code", DatasetBuilder.DEPARTMENT,
                "consultPhone", "010-0000-9999")).ok();

        assertThat(r.<List<?>>read("$.data.updateAgency.userErrors")).isEmpty();
        assertThat(shown(DatasetBuilder.DEPARTMENT).<String>read("$.data.agency.consultPhone")).isEqualTo("010-0000-9999");
        assertThat(shown(DatasetBuilder.DEPARTMENT).<String>read("$.data.agency.officeHours")).isEqualTo("工作日 9:00-17:00");
    }

    @Test
    void nullClearsAFieldOmittedLeavesItButTheNameCannotBeCleared() {
        Map<String, Object> clear = new HashMap<>();
        clear.put("code", DatasetBuilder.STREET_OFFICE);
        clear.put("consultPhone", null);
        api.graphQl(as.streetOffice(), UPDATE, "input", clear).ok();
        assertThat(shown(DatasetBuilder.STREET_OFFICE).<Object>read("$.data.agency.consultPhone")).isNull();

        PublicApi.Response r = api.graphQl(as.streetOffice(), UPDATE, "input", Map.of("code", DatasetBuilder.STREET_OFFICE,
                "name", " ")).ok();
        assertThat(r.<List<String>>read("$.data.updateAgency.userErrors[*].field")).containsExactly("name");
        assertThat(shown(DatasetBuilder.STREET_OFFICE).<String>read("$.data.agency.name")).isEqualTo("北京市朝阳区双井街道办事处");
    }

    @Test
    void aStreetOfficeKeepsItsEnforcementTeamsDetailsButATeamNotItsStreetOffices() {
        api.graphQl(as.streetOffice(), UPDATE, "input", Map.of("code", DatasetBuilder.TEAM, "website",
                "https://shuangjing.example.gov.invalid/")).ok();
        assertThat(shown(DatasetBuilder.TEAM).<String>read("$.data.agency.website"))
                .isEqualTo("https://shuangjing.example.gov.invalid/");

        String team = tokens.issue(DatasetBuilder.TEAM, org.disclosurehub.security.Role.PUBLISHER, null).token();
        assertThat(api.graphQl(team, UPDATE, "input", Map.of("code", DatasetBuilder.STREET_OFFICE, "website", "x")).errorCode())
                .isEqualTo("FORBIDDEN");
    }
}
