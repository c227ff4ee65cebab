package org.disclosurehub.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurehub.database.DataChangedEvent;
import org.disclosurehub.support.HubTest;
import org.disclosurehub.support.SeedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Portals repeat the same queries: the hub answers a repeated anonymous read from its response
 * cache, and a write makes it answer afresh at once.
 */
@HubTest
class ResponseCacheTest {

    private static final String NAME = "{ agency(code: \"" + SeedData.MARKET_REGULATION + "\") { name } }";

    @Autowired
    HttpGraphQlTester graphQl;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void restore() {
        jdbc.update("UPDATE agency SET name = '北京市朝阳区市场监督管理局' WHERE code = ?", SeedData.MARKET_REGULATION);
        events.publishEvent(new DataChangedEvent("test"));
    }

    @Test
    void aRepeatedReadIsAnsweredFromTheCacheUntilAWriteIsAnnounced() {
        graphQl.document(NAME).execute().path("agency.name").entity(String.class).isEqualTo("北京市朝阳区市场监督管理局");
        // changed behind the hub's back: the cached answer stands...
        jdbc.update("UPDATE agency SET name = 'renamed' WHERE code = ?", SeedData.MARKET_REGULATION);
        graphQl.document(NAME).execute().path("agency.name").entity(String.class).isEqualTo("北京市朝阳区市场监督管理局");
        // ...until a write announces itself, as every import and mutation does
        events.publishEvent(new DataChangedEvent("test"));
        graphQl.document(NAME).execute().path("agency.name").entity(String.class).isEqualTo("renamed");
    }

    @Test
    void answersWithErrorsAreNotKept() {
        String bad = "{ agencies(first: 500) { totalCount } }";
        graphQl.document(bad).execute().errors().satisfy(e -> assertThat(e).hasSize(1));
        graphQl.document(bad).execute().errors().satisfy(e -> assertThat(e).hasSize(1));
    }
}
