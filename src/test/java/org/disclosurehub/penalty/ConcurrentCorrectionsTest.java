package org.disclosurehub.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.disclosurehub.ingest.DatasetImporter;
import org.disclosurehub.security.TokenStore;
import org.disclosurehub.support.AgencyApi;
import org.disclosurehub.support.Personas;
import org.disclosurehub.support.PublicApi;
import org.disclosurehub.support.WriteData;
import org.disclosurehub.support.WriteDocuments;
import org.disclosurehub.support.WriteHubTest;
import org.disclosurehub.support.WriteInputs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Corrections of one decision sent at the same moment lose no update: each is made against the
 * version it read, exactly one of those made against the same version is written, the others get
 * a CONFLICT and try again on the new version.
 */
@WriteHubTest
class ConcurrentCorrectionsTest {

    private static final String CORRECT = WriteDocuments.load("correctPenaltyDecision");
    private static final String READ = "query($no: String!) { penaltyDecision(decisionNo: $no) { fineAmount } }";

    @LocalServerPort
    int port;
    @Autowired
    TokenStore tokens;
    @Autowired
    DatasetImporter importer;
    @Autowired
    JdbcTemplate jdbc;

    private AgencyApi api;
    private Personas as;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @BeforeAll
    void setUp() {
        WriteData.load(importer);
        api = new AgencyApi(port);
        as = Personas.issue(tokens);
    }

    @AfterAll
    void stop() {
        pool.shutdownNow();
    }

    private String published(String no) {
        api.graphQl(as.own(), WriteDocuments.load("publishPenaltyDecision"), "input", WriteInputs.decision(no)).ok();
        return no;
    }

    private PublicApi.Response correct(String no, int version, String fine) {
        return api.graphQl(as.own(), CORRECT, "input", Map.of("decisionNo", no, "expectedVersion", version,
                "correctedOn", "2026-11-22", "reason", "复议变更罚款数额", "fineAmount", fine)).ok();
    }

    private <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        List<Future<T>> futures = pool.invokeAll(tasks, 60, TimeUnit.SECONDS);
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get());
        }
        return results;
    }

    @Test
    void ofCorrectionsMadeAgainstTheSameVersionExactlyOneIsWrittenAndTheOthersAreConflicts() throws Exception {
        String no = published("京朝市监罚〔2026〕CONC-1号");
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<List<String>>> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String fine = (1000 + i) + ".00";
            tasks.add(() -> {
                start.await();
                return correct(no, 1, fine).read("$.data.correctPenaltyDecision.userErrors[*].code");
            });
        }
        List<Future<List<String>>> running = new ArrayList<>();
        tasks.forEach(t -> running.add(pool.submit(t)));
        start.countDown();
        List<List<String>> outcomes = new ArrayList<>();
        for (Future<List<String>> f : running) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }

        assertThat(outcomes.stream().filter(List::isEmpty)).hasSize(1);
        assertThat(outcomes.stream().filter(e -> !e.isEmpty())).hasSize(5)
                .allSatisfy(e -> assertThat(e).containsExactly("CONFLICT"));
        assertThat(jdbc.queryForObject("SELECT version FROM penalty_decision WHERE decision_no = ?", Integer.class, no))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_key = ?"
                + " AND action = 'DECISION_CORRECTED'", Integer.class, no)).isEqualTo(1);
    }

    @Test
    void correctionsThatRetryOnAConflictAllArrive() throws Exception {
        String no = published("京朝市监罚〔2026〕CONC-2号");
        PublicApi publicApi = new PublicApi(port);
        int writers = 8;
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            tasks.add(() -> {
                // each adds 100 yuan to what it reads: a lost update would show in the sum. Version
                // and fine are read together, as an agency system holds them from its last payload
                // (reading them from two places could pair a new version with an older fine)
                for (int attempt = 1; ; attempt++) {
                    Map<String, Object> current = jdbc.queryForMap(
                            "SELECT version, fine_amount FROM penalty_decision WHERE decision_no = ?", no);
                    int version = ((Number) current.get("version")).intValue();
                    BigDecimal fine = (BigDecimal) current.get("fine_amount");
                    List<String> errors = correct(no, version, fine.add(new BigDecimal(100)).toPlainString())
                            .read("$.data.correctPenaltyDecision.userErrors[*].code");
                    if (errors.isEmpty()) {
                        return attempt;
                    }
                    assertThat(errors).containsExactly("CONFLICT");
                }
            });
        }

        List<Integer> attempts = all(tasks);

        assertThat(attempts).hasSize(writers);
        assertThat(publicApi.post(READ, "no", no).ok().<String>read("$.data.penaltyDecision.fineAmount"))
                .isEqualTo(new BigDecimal("5000.00").add(new BigDecimal(100 * writers)).toPlainString());
        assertThat(jdbc.queryForObject("SELECT version FROM penalty_decision WHERE decision_no = ?", Integer.class, no))
                .isEqualTo(1 + writers);
    }
}
