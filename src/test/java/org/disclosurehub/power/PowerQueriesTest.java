package org.disclosurehub.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.disclosurehub.support.HubTest;
import org.disclosurehub.support.SeedData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Powers lists (权力清单/责任清单/双随机抽查事项清单) as a portal publishes them. */
@HubTest
class PowerQueriesTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void filtersAnAgencysRandomInspectionList() {
        graphQl.document("""
                { powers(filter: {agencyCode: "%s", randomInspection: true, status: ACTIVE}) {
                    totalCount edges { node { code category randomInspection status agency { code } } } } }"""
                .formatted(SeedData.MARKET_REGULATION))
                .execute()
                .path("powers.totalCount").entity(Integer.class).isEqualTo(6)
                .path("powers.edges[*].node.randomInspection").entityList(Boolean.class)
                .satisfies(flags -> assertThat(flags).hasSize(6).containsOnly(true))
                .path("powers.edges[*].node.agency.code").entityList(String.class)
                .satisfies(codes -> assertThat(codes).containsOnly(SeedData.MARKET_REGULATION));
    }

    @Test
    void filtersByCategoryStatusAndName() {
        graphQl.document("""
                { penalty: powers(filter: {agencyCode: "%1$s", category: PENALTY}) { totalCount }
                  repealed: powers(filter: {agencyCode: "%1$s", status: REPEALED}) { totalCount edges { node { status effectiveTo } } }
                  food: powers(filter: {nameContains: "食品"}, first: 100) { totalCount edges { node { name } } } }"""
                .formatted(SeedData.MARKET_REGULATION))
                .execute()
                .path("penalty.totalCount").entity(Integer.class).isEqualTo(16)
                .path("repealed.totalCount").entity(Integer.class).isEqualTo(4)
                .path("repealed.edges[*].node.effectiveTo").entityList(String.class)
                .satisfies(dates -> assertThat(dates).hasSize(4).doesNotContainNull())
                .path("food.edges[*].node.name").entityList(String.class)
                .satisfies(names -> assertThat(names).isNotEmpty().allMatch(n -> n.contains("食品")));
    }

    @Test
    void aPowerShowsItsLegalBasisDutiesAndHistory() {
        String code = graphQl.document("""
                { powers(filter: {agencyCode: "%s", status: REPEALED}, first: 1) { edges { node { code } } } }"""
                .formatted(SeedData.MARKET_REGULATION)).execute()
                .path("powers.edges[0].node.code").entity(String.class).get();
        graphQl.document("""
                query($code: ID!) { power(code: $code) { code name legalBasis responsibility status effectiveFrom effectiveTo
                  history { kind effectiveOn recordedAt } } }""")
                .variable("code", code).execute()
                .path("power.legalBasis").entity(String.class).satisfies(b -> assertThat(b).contains("《"))
                .path("power.history[*].kind").entityList(String.class).containsExactly("ADDED", "REPEALED");
    }

    @Test
    void anUnknownCodeIsNull() {
        graphQl.document("{ power(code: \"NO-SUCH-ITEM\") { name } }").execute().path("power").valueIsNull();
    }

    @Test
    void pagesInCodeOrderWithoutGapsOrRepeats() {
        int total = graphQl.document("{ powers(filter: {agencyCode: \"%s\"}) { totalCount } }"
                .formatted(SeedData.MARKET_REGULATION)).execute().path("powers.totalCount").entity(Integer.class).get();
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            var response = graphQl.document("""
                    query($after: String) { powers(filter: {agencyCode: "%s"}, first: 8, after: $after) {
                      edges { node { code } } pageInfo { hasNextPage endCursor } } }""".formatted(SeedData.MARKET_REGULATION))
                    .variable("after", after).execute();
            seen.addAll(response.path("powers.edges[*].node.code").entityList(String.class).get());
            after = response.path("powers.pageInfo.hasNextPage").entity(Boolean.class).get()
                    ? response.path("powers.pageInfo.endCursor").entity(String.class).get() : null;
        } while (after != null);
        assertThat(seen).hasSize(total).doesNotHaveDuplicates().isSorted();
    }
}
