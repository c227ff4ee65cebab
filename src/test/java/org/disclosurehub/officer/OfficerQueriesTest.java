package org.disclosurehub.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.disclosurehub.support.HubTest;
import org.disclosurehub.support.SeedData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Officers by name and credential (公示办法 art. 5(3)); auxiliary staff by duties only (art. 5(4)). */
@HubTest
class OfficerQueriesTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void officersAreListedWithNameCredentialAndValidity() {
        graphQl.document("""
                { officers(filter: {agencyCode: "%s", role: OFFICER}, first: 100) { totalCount
                    edges { node { __typename ... on EnforcementOfficer { name credentialNo credentialStatus validToday
                      issuedOn expiresOn domain agency { code } } } } } }""".formatted(SeedData.MARKET_REGULATION))
                .execute()
                .path("officers.totalCount").entity(Integer.class).isEqualTo(11)
                .path("officers.edges[*].node").entityList(Map.class).satisfies(nodes -> {
                    assertThat(nodes).hasSize(11).allMatch(n -> n.get("__typename").equals("EnforcementOfficer"));
                    assertThat(nodes).filteredOn(n -> n.get("credentialNo").equals(SeedData.VALID_OFFICER))
                            .singleElement().satisfies(n -> {
                                assertThat(n.get("name")).isEqualTo(SeedData.VALID_OFFICER_NAME);
                                assertThat(n.get("validToday")).isEqualTo(true);
                            });
                    assertThat(nodes).filteredOn(n -> n.get("credentialStatus").equals("EXPIRED"))
                            .hasSize(2).allMatch(n -> n.get("validToday").equals(false));
                });
    }

    @Test
    void auxiliaryStaffArePublishedByDutiesNotByName() {
        graphQl.document("""
                { officers(filter: {agencyCode: "%s"}) { edges { node { __typename role
                    ... on AuxiliaryStaff { duties domain credentialStatus agency { code } } } } } }"""
                .formatted(SeedData.SHUANGJING_TEAM))
                .execute()
                .path("officers.edges[*].node").entityList(Map.class).satisfies(nodes -> {
                    List<Map> auxiliary = nodes.stream().filter(n -> n.get("role").equals("AUXILIARY")).toList();
                    assertThat(auxiliary).isNotEmpty().allMatch(n -> n.get("__typename").equals("AuxiliaryStaff")
                            && n.get("duties") != null && !n.containsKey("name"));
                });
        // The schema itself has no way to ask for an auxiliary staff member's name or card number.
        graphQl.document("{ officers(filter: {role: AUXILIARY}) { edges { node { ... on AuxiliaryStaff { name } } } } }")
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
    }

    @Test
    void filtersByCredentialStatus() {
        graphQl.document("{ officers(filter: {credentialStatus: SUSPENDED}, first: 100) { totalCount edges { node { credentialStatus } } } }")
                .execute()
                .path("officers.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(3))
                .path("officers.edges[*].node.credentialStatus").entityList(String.class)
                .satisfies(s -> assertThat(s).containsOnly("SUSPENDED"));
    }
}
