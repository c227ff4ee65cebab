package org.disclosurehub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import org.disclosurehub.ingest.DatasetImporter;
import org.disclosurehub.policy.PublicationWriter;
import org.disclosurehub.support.AgencyApi;
import org.disclosurehub.support.DataSnapshot;
import org.disclosurehub.support.DatasetBuilder;
import org.disclosurehub.support.Personas;
import org.disclosurehub.support.PublicApi;
import org.disclosurehub.support.TestDecision;
import org.disclosurehub.support.WriteData;
import org.disclosurehub.support.WriteDocuments;
import org.disclosurehub.support.WriteInputs;
import org.disclosurehub.support.WriteHubTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every write, and the audit trail, for every kind of caller: without a credential it is
 * UNAUTHENTICATED; with another agency's or the wrong role's it is FORBIDDEN; in both cases no
 * table changes at all. The agency's own system and the district's ADMIN succeed.
 */
@WriteHubTest
class AuthorizationMatrixTest {

    /** Who calls. */
    enum Caller {
        ANONYMOUS, OWN_AGENCY, OTHER_AGENCY, WRONG_ROLE, ADMIN
    }

    /**
     * One write: {@code prepare} makes a fresh record of "our" agency for it (so it can succeed
     * every time) and returns how to send it with a token.
     */
    private record Write(String name, boolean adminOnly,
            Function<Integer, BiFunction<AgencyApi, String, PublicApi.Response>> prepare) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    TokenStore tokens;
    @Autowired
    DatasetImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PublicationWriter writer;
    @Autowired
    TransactionTemplate transactions;

    private AgencyApi api;
    private Personas as;

    @BeforeAll
    void setUp() {
        WriteData.load(importer);
        api = new AgencyApi(port);
        as = Personas.issue(tokens);
    }

    private String power(int n) {
        String code = "MATRIX-P-" + n;
        jdbc.update("INSERT INTO power_item (code, agency_code, name, category, random_inspection, status, effective_from)"
                + " VALUES (?, ?, '矩阵测试事项', 'PENALTY', FALSE, 'ACTIVE', '2026-01-01')", code, DatasetBuilder.DEPARTMENT);
        return code;
    }

    private String officer(int n) {
        String no = "MATRIX-O-" + n;
        jdbc.update("INSERT INTO officer (credential_no, name, agency_code, role, domain, credential_status, issued_on,"
                + " expires_on) VALUES (?, '矩阵测试', ?, 'OFFICER', '市场监管', 'VALID', '2024-01-01', '2029-01-01')", no,
                DatasetBuilder.DEPARTMENT);
        return no;
    }

    private String decision(int n) {
        String no = "京朝市监罚〔2026〕MATRIX-" + n + "号";
        transactions.executeWithoutResult(s -> writer.write(List.of(TestDecision.decision(no).build()),
                Map.of(DatasetBuilder.DEPARTMENT, "朝阳区"), false));
        return no;
    }

    private static BiFunction<AgencyApi, String, PublicApi.Response> graphQl(String document, Object input) {
        return (api, token) -> api.graphQl(token, document, "input", input);
    }

    Stream<Arguments> matrix() {
        List<Write> writes = List.of(
                new Write("updateAgency", false, n -> graphQl(WriteDocuments.load("updateAgency"),
                        Map.of("code", DatasetBuilder.DEPARTMENT, "address", "北京市朝阳区测试路" + n + "号"))),
                new Write("addPower", false, n -> graphQl(WriteDocuments.load("addPower"),
                        WriteInputs.power("MATRIX-NEW-" + n))),
                new Write("adjustPower", false, n -> graphQl(WriteDocuments.load("adjustPower"),
                        Map.of("code", power(n), "effectiveOn", "2026-11-01", "name", "调整后的名称"))),
                new Write("transferPower", false, n -> graphQl(WriteDocuments.load("transferPower"),
                        Map.of("code", power(n), "toAgencyCode", DatasetBuilder.GOVERNMENT, "effectiveOn", "2026-11-01"))),
                new Write("repealPower", false, n -> graphQl(WriteDocuments.load("repealPower"),
                        Map.of("code", power(n), "effectiveOn", "2026-11-22"))),
                new Write("changeCredentialStatus", false, n -> graphQl(WriteDocuments.load("changeCredentialStatus"),
                        Map.of("credentialNo", officer(n), "status", "SUSPENDED"))),
                new Write("publishPenaltyDecision", false, n -> graphQl(WriteDocuments.load("publishPenaltyDecision"),
                        WriteInputs.decision("京朝市监罚〔2026〕MATRIX-NEW-" + n + "号"))),
                new Write("correctPenaltyDecision", false, n -> graphQl(WriteDocuments.load("correctPenaltyDecision"),
                        Map.of("decisionNo", decision(n), "expectedVersion", 1, "correctedOn", "2026-11-20",
                                "reason", "复议变更", "fineAmount", "4000"))),
                new Write("withdrawPenaltyDecision", false, n -> graphQl(WriteDocuments.load("withdrawPenaltyDecision"),
                        Map.of("decisionNo", decision(n), "withdrawnOn", "2026-11-22", "reason", "复议撤销"))),
                new Write("POST /api/import", false, n -> {
                    DatasetBuilder data = DatasetBuilder.validDataset().withPenaltyDecisions().only(DatasetBuilder.PENALTIES);
                    data.addDecision(TestDecision.decision("京朝市监罚〔2026〕MATRIX-CSV-" + n + "号").build());
                    byte[] csv = data.text(DatasetBuilder.PENALTIES).getBytes(StandardCharsets.UTF_8);
                    return (api, token) -> api.upload(token, Map.of(DatasetBuilder.PENALTIES, csv));
                }),
                new Write("auditTrail (query)", true, n -> (api, token) -> api.graphQl(token,
                        "{ auditTrail(first: 5) { edges { node { action actor } } } }")));
        List<Arguments> cases = new ArrayList<>();
        for (Write w : writes) {
            for (Caller c : Caller.values()) {
                cases.add(Arguments.of(w, c));
            }
        }
        return cases.stream();
    }

    private String token(Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> null;
            case OWN_AGENCY -> as.own();
            case OTHER_AGENCY -> as.other();
            case WRONG_ROLE -> as.wrongRole();
            case ADMIN -> as.admin();
        };
    }

    private static String expected(Write write, Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> "UNAUTHENTICATED";
            case OTHER_AGENCY, WRONG_ROLE -> "FORBIDDEN";
            case OWN_AGENCY -> write.adminOnly() ? "FORBIDDEN" : null;
            case ADMIN -> null;
        };
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("matrix")
    void onlyTheAgencyItselfAndTheDistrictMayWriteAndARefusalChangesNothing(Write write, Caller caller) {
        BiFunction<AgencyApi, String, PublicApi.Response> send = write.prepare().apply(SERIAL.incrementAndGet());
        Map<String, Object> before = DataSnapshot.of(jdbc);

        PublicApi.Response r = send.apply(api, token(caller));

        String refusal = expected(write, caller);
        if (refusal != null) {
            assertThat(r.errorCode()).as(r.raw()).isEqualTo(refusal);
            assertThat(DataSnapshot.of(jdbc)).as("nothing changed").isEqualTo(before);
        } else if (write.name().startsWith("POST")) {
            assertThat(r.status()).as(r.raw()).isEqualTo(200);
            assertThat(DataSnapshot.of(jdbc, DataSnapshot.DATA_TABLES)).isNotEqualTo(DataSnapshot.of(before,
                    DataSnapshot.DATA_TABLES));
        } else {
            assertThat(r.errors()).as(r.raw()).isEmpty();
            assertThat(r.<List<?>>read("$.data.*.userErrors[*]")).as(r.raw()).isEmpty();
            if (!write.adminOnly()) {
                assertThat(DataSnapshot.of(jdbc, DataSnapshot.DATA_TABLES)).as("written")
                        .isNotEqualTo(DataSnapshot.of(before, DataSnapshot.DATA_TABLES));
            }
        }
    }
}
