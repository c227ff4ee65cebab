package org.disclosurehub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.disclosurehub.ingest.DatasetImporter;
import org.disclosurehub.support.AgencyApi;
import org.disclosurehub.support.DatasetBuilder;
import org.disclosurehub.support.Personas;
import org.disclosurehub.support.PublicApi;
import org.disclosurehub.support.WriteData;
import org.disclosurehub.support.WriteDocuments;
import org.disclosurehub.support.WriteHubTest;
import org.disclosurehub.support.WriteInputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The district reads the audit trail: who wrote what and when, newest first, filtered by agency,
 * action, actor and time, paged; personal fields appear only as hashes.
 */
@WriteHubTest
class AuditTrailQueryTest {

    private static final String TRAIL = """
            query($filter: AuditFilter, $after: String) { auditTrail(filter: $filter, first: 2, after: $after) {
              edges { node { id at actor actorAgencyCode actorRole action entityType entityKey agencyCode
                             changes { field before after beforeHash afterHash } } }
              pageInfo { hasNextPage endCursor } } }""";

    @LocalServerPort
    int port;
    @Autowired
    TokenStore tokens;
    @Autowired
    DatasetImporter importer;

    private AgencyApi api;
    private Personas as;
    private String no;

    @BeforeAll
    void setUp() {
        WriteData.load(importer);
        api = new AgencyApi(port);
        as = Personas.issue(tokens);
        no = "京朝市监罚〔2026〕AUDIT-Q-1号";
        api.graphQl(as.own(), WriteDocuments.load("publishPenaltyDecision"), "input", WriteInputs.decision(no)).ok();
        api.graphQl(as.own(), WriteDocuments.load("correctPenaltyDecision"), "input", Map.of("decisionNo", no,
                "expectedVersion", 1, "correctedOn", "2026-11-21", "reason", "更正当事人名称", "partyName", "北京示例商贸股份有限公司"))
                .ok();
    }

    private PublicApi.Response trail(Map<String, Object> filter, String after) {
        return api.graphQl(as.admin(), TRAIL, "filter", filter, "after", after).ok();
    }

    @Test
    void theTrailNamesTheTokenNotTheTokenAndKeepsPersonalFieldsOnlyAsHashes() {
        PublicApi.Response r = trail(Map.of("action", "DECISION_CORRECTED", "agencyCode", DatasetBuilder.DEPARTMENT), null);

        assertThat(r.<List<String>>read("$.data.auditTrail.edges[*].node.entityKey")).contains(no);
        Map<String, Object> entry = r.<List<Map<String, Object>>>read("$.data.auditTrail.edges[?(@.node.entityKey == '"
                + no + "')].node").get(0);
        assertThat(entry.get("actorAgencyCode")).isEqualTo(DatasetBuilder.DEPARTMENT);
        assertThat(entry.get("actorRole")).isEqualTo("PUBLISHER");
        assertThat(as.own()).contains((String) entry.get("actor"));
        assertThat(r.raw()).doesNotContain(as.own()).doesNotContain("北京示例商贸股份有限公司").doesNotContain("北京示例商贸有限公司");
        List<Map<String, Object>> party = r.read("$.data.auditTrail.edges[?(@.node.entityKey == '" + no
                + "')].node.changes[?(@.field == 'partyName')]");
        assertThat(party).singleElement().satisfies(c -> {
            assertThat(c.get("before")).isNull();
            assertThat((String) c.get("beforeHash")).hasSize(64);
            assertThat(c.get("afterHash")).isNotEqualTo(c.get("beforeHash"));
        });
    }

    @Test
    void theTrailIsNewestFirstAndPagesWithCursors() {
        PublicApi.Response first = trail(Map.of("agencyCode", DatasetBuilder.DEPARTMENT), null);
        assertThat(first.<Boolean>read("$.data.auditTrail.pageInfo.hasNextPage")).isTrue();
        PublicApi.Response second = trail(Map.of("agencyCode", DatasetBuilder.DEPARTMENT),
                first.read("$.data.auditTrail.pageInfo.endCursor"));

        List<Integer> ids = first.<List<String>>read("$.data.auditTrail.edges[*].node.id").stream().map(Integer::valueOf)
                .toList();
        List<Integer> next = second.<List<String>>read("$.data.auditTrail.edges[*].node.id").stream().map(Integer::valueOf)
                .toList();
        assertThat(ids).isSortedAccordingTo((a, b) -> b - a);
        assertThat(next).allSatisfy(id -> assertThat(id).isLessThan(ids.get(ids.size() - 1)));
    }

    @Test
    void filtersByActorAndTimeNarrowTheTrail() {
        String actor = as.own().substring(5, 17);

        assertThat(trail(Map.of("actor", actor), null).<List<String>>read("$.data.auditTrail.edges[*].node.actor"))
                .isNotEmpty().containsOnly(actor);
        assertThat(trail(Map.of("from", "2026-11-23T00:00:00Z"), null).<List<?>>read("$.data.auditTrail.edges"))
                .isEmpty();
        assertThat(trail(Map.of("to", "2026-11-22T03:59:59Z"), null).<List<?>>read("$.data.auditTrail.edges"))
                .isEmpty();
        assertThat(trail(Map.of("from", "2026-11-22T04:00:00Z", "to", "2026-11-22T04:00:01Z"), null)
                .<List<?>>read("$.data.auditTrail.edges")).isNotEmpty();
    }

    @Test
    void nobodyButTheDistrictReadsIt() {
        assertThat(api.graphQl(as.own(), "{ auditTrail { edges { node { id } } } }").errorCode()).isEqualTo("FORBIDDEN");
        assertThat(api.graphQl(null, "{ auditTrail { edges { node { id } } } }").errorCode()).isEqualTo("UNAUTHENTICATED");
    }
}
