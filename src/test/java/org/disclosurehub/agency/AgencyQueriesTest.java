package org.disclosurehub.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.disclosurehub.support.HubTest;
import org.disclosurehub.support.SeedData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Who the enforcement agencies are (公示办法 art. 5(1)): the directory a portal lists. */
@HubTest
class AgencyQueriesTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void listsAgenciesWithTheFactsTheyMustPublish() {
        graphQl.document("""
                { agency(code: "%s") { name kind district address officeHours consultPhone supervisionPhone functions
                  parent { name } powerCount officerCount auxiliaryStaffCount } }""".formatted(SeedData.MARKET_REGULATION))
                .execute()
                .path("agency.name").entity(String.class).isEqualTo("北京市朝阳区市场监督管理局")
                .path("agency.kind").entity(String.class).isEqualTo("DEPARTMENT")
                .path("agency.district").entity(String.class).isEqualTo("朝阳区")
                .path("agency.parent.name").entity(String.class).isEqualTo(SeedData.CHAOYANG_GOVERNMENT_NAME)
                .path("agency.consultPhone").entity(String.class).satisfies(p -> assertThat(p).startsWith("010-0000-"))
                .path("agency.supervisionPhone").entity(String.class).satisfies(p -> assertThat(p).startsWith("010-0000-"))
                .path("agency.functions").entity(String.class).satisfies(f -> assertThat(f).isNotBlank())
                // 30 items of which 4 repealed; 9 valid officer credentials, 2 expired; 2 auxiliary staff
                .path("agency.powerCount").entity(Integer.class).isEqualTo(26)
                .path("agency.officerCount").entity(Integer.class).isEqualTo(9)
                .path("agency.auxiliaryStaffCount").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void anUnknownCodeIsNull() {
        graphQl.document("{ agency(code: \"000000000000000000\") { name } }").execute()
                .errors().verify()
                .path("agency").valueIsNull();
    }

    @Test
    void filtersByDistrictAndKind() {
        graphQl.document("{ agencies(filter: {district: \"朝阳区\", kind: STREET_OFFICE}, first: 100) { totalCount edges { node { district kind } } } }")
                .execute()
                .path("agencies.totalCount").entity(Integer.class).isEqualTo(8)
                .path("agencies.edges[*].node.kind").entityList(String.class).hasSize(8)
                .satisfies(kinds -> assertThat(kinds).containsOnly("STREET_OFFICE"));
        graphQl.document("{ agencies(filter: {district: \"大兴区\"}) { totalCount } }").execute()
                .path("agencies.totalCount").entity(Integer.class).isEqualTo(6);
    }

    @Test
    void aStreetOfficeShowsItsEnforcementTeamAndTheTeamItsStreetOffice() {
        graphQl.document("""
                { agencies(filter: {parentCode: "%s"}) { totalCount edges { node { code kind parent { code kind } } } }
                  agency(code: "%s") { children { code kind } } }""".formatted(SeedData.SHUANGJING_STREET_OFFICE,
                SeedData.SHUANGJING_STREET_OFFICE))
                .execute()
                .path("agencies.totalCount").entity(Integer.class).isEqualTo(1)
                .path("agencies.edges[0].node.code").entity(String.class).isEqualTo(SeedData.SHUANGJING_TEAM)
                .path("agencies.edges[0].node.kind").entity(String.class).isEqualTo("ENFORCEMENT_TEAM")
                .path("agencies.edges[0].node.parent.kind").entity(String.class).isEqualTo("STREET_OFFICE")
                .path("agency.children[*].code").entityList(String.class).containsExactly(SeedData.SHUANGJING_TEAM);
    }

    @Test
    void findsAgenciesByPartOfTheirName() {
        graphQl.document("{ agencies(filter: {nameContains: \"双井\"}) { edges { node { name } } } }").execute()
                .path("agencies.edges[*].node.name").entityList(String.class)
                .satisfies(names -> assertThat(names).hasSize(2).allMatch(n -> n.contains("双井")));
        // LIKE wildcards are taken literally
        graphQl.document("{ agencies(filter: {nameContains: \"%\"}) { totalCount } }").execute()
                .path("agencies.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void pagesThroughEveryAgencyOnceInNameOrder() {
        int total = graphQl.document("{ agencies { totalCount } }").execute()
                .path("agencies.totalCount").entity(Integer.class).get();
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            var response = graphQl.document("""
                    query($after: String) { agencies(first: 7, after: $after) {
                      edges { cursor node { code name } } pageInfo { hasNextPage endCursor } } }""")
                    .variable("after", after).execute();
            seen.addAll(response.path("agencies.edges[*].node.code").entityList(String.class).get());
            more = response.path("agencies.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = response.path("agencies.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
    }

    @Test
    void aPageDefaultsToTwentyAgencies() {
        graphQl.document("{ agencies { edges { node { code } } pageInfo { hasNextPage } } }").execute()
                .path("agencies.edges").entityList(Object.class).hasSize(20)
                .path("agencies.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
    }
}
