package org.disclosurehub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.disclosurehub.support.DatasetBuilder;
import org.disclosurehub.support.WriteHubTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The audit trail records who changed which fields, keeps values in clear only where they were
 * declared not personal, and otherwise only keyed hashes that nobody without the key can link to
 * a person.
 */
@WriteHubTest
class AuditTrailTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void anonymousAgain() {
        SecurityContextHolder.clearContext();
    }

    private static String hmac(String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WriteHubTest.AUDIT_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    private long lastEntry(String key) {
        return jdbc.queryForObject("SELECT MAX(id) FROM audit_entry WHERE entity_key = ?", Long.class, key);
    }

    @Test
    void aWriteRecordsTheCallerAndOnlyTheFieldsThatChanged() {
        SecurityContextHolder.getContext().setAuthentication(
                new CallerAuthentication(new Caller("0a0b0c0d0e0f", DatasetBuilder.DEPARTMENT, Role.PUBLISHER)));

        audit.record("DECISION_CORRECTED", "penalty_decision", "京朝测罚〔2026〕audit-1号", DatasetBuilder.DEPARTMENT,
                Map.of("fineAmount", AuditTrail.plain(new BigDecimal("5000.00")), "partyName", "张三丰",
                        "status", AuditTrail.plain("EFFECTIVE")),
                Map.of("fineAmount", AuditTrail.plain(new BigDecimal("3000.00")), "partyName", "张三峰",
                        "status", AuditTrail.plain("EFFECTIVE")));

        long id = lastEntry("京朝测罚〔2026〕audit-1号");
        Map<String, Object> entry = jdbc.queryForMap("SELECT * FROM audit_entry WHERE id = ?", id);
        assertThat(entry).containsEntry("actor", "0a0b0c0d0e0f").containsEntry("actor_agency", DatasetBuilder.DEPARTMENT)
                .containsEntry("actor_role", "PUBLISHER").containsEntry("action", "DECISION_CORRECTED");
        List<Map<String, Object>> changes = jdbc.queryForList(
                "SELECT field, before_value, after_value, before_hash, after_hash FROM audit_change WHERE entry_id = ?"
                        + " ORDER BY position", id);
        assertThat(changes).extracting(c -> c.get("field")).containsExactlyInAnyOrder("fineAmount", "partyName");
        Map<String, Object> fine = changes.stream().filter(c -> c.get("field").equals("fineAmount")).findFirst().orElseThrow();
        assertThat(fine).containsEntry("before_value", "5000.00").containsEntry("after_value", "3000.00");
        assertThat(fine.get("before_hash")).isNull();
    }

    @Test
    void personalValuesAreStoredOnlyAsHashesKeyedWithTheAuditKey() throws Exception {
        Map<String, Object> before = new HashMap<>();
        before.put("partyIdNo", null);
        audit.record("DECISION_PUBLISHED", "penalty_decision", "京朝测罚〔2026〕audit-2号", DatasetBuilder.DEPARTMENT,
                before, Map.of("partyName", "李四", "partyIdNo", "110105199001010011"));

        long id = lastEntry("京朝测罚〔2026〕audit-2号");
        Map<String, Object> idNo = jdbc.queryForMap("SELECT * FROM audit_change WHERE entry_id = ? AND field = 'partyIdNo'", id);
        assertThat(idNo.get("after_value")).isNull();
        assertThat(idNo.get("before_hash")).isNull();
        assertThat(idNo.get("after_hash")).isEqualTo(hmac("penalty_decision.partyIdNo\n110105199001010011"));
        // nothing of either value is anywhere in the trail
        for (String table : List.of("audit_entry", "audit_change")) {
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + table)) {
                assertThat(row.values()).allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain("李四", "110105199001010011"));
            }
        }
    }

    @Test
    void aWriteAtTheConsoleHasTheConsoleAsItsActor() {
        audit.record("TEST", "thing", "audit-3", null, Map.of(), Map.of("status", AuditTrail.plain("ON")));

        assertThat(jdbc.queryForObject("SELECT actor FROM audit_entry WHERE id = ?", String.class, lastEntry("audit-3")))
                .isEqualTo(AuditTrail.CONSOLE);
    }

    @Test
    void aStaffReadOfAnIdentityIsRecordedWithItsPurpose() {
        SecurityContextHolder.getContext().setAuthentication(
                new CallerAuthentication(new Caller("0f0e0d0c0b0a", DatasetBuilder.STREET_OFFICE, Role.CASEWORKER)));

        audit.recordRead("applicant", "application-17", DatasetBuilder.STREET_OFFICE, "核实申请人身份");

        Map<String, Object> entry = jdbc.queryForMap("SELECT * FROM audit_entry WHERE id = ?", lastEntry("application-17"));
        assertThat(entry).containsEntry("action", AuditTrail.IDENTITY_READ).containsEntry("actor", "0f0e0d0c0b0a")
                .containsEntry("purpose", "核实申请人身份");
    }
}
