package org.disclosurehub.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.disclosurehub.ingest.DatasetImporter;
import org.disclosurehub.security.TokenStore;
import org.disclosurehub.support.AgencyApi;
import org.disclosurehub.support.DatasetBuilder;
import org.disclosurehub.support.Personas;
import org.disclosurehub.support.PublicApi;
import org.disclosurehub.support.WriteData;
import org.disclosurehub.support.WriteHubTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Agencies keep their powers lists through the API: every addition, adjustment, transfer and
 * repeal is in the item's public history with the day it took effect, and shows at once.
 */
@WriteHubTest
class PowerMutationsTest {

    static final String ADD = """
            mutation($input: AddPowerInput!) { addPower(input: $input) {
              power { code status } userErrors { field message code } } }""";
    static final String ADJUST = """
            mutation($input: AdjustPowerInput!) { adjustPower(input: $input) {
              power { code name legalBasis } userErrors { field message code } } }""";
    static final String TRANSFER = """
            mutation($input: TransferPowerInput!) { transferPower(input: $input) {
              power { code agency { code } } userErrors { field message code } } }""";
    static final String REPEAL = """
            mutation($input: RepealPowerInput!) { repealPower(input: $input) {
              power { code status effectiveTo } userErrors { field message code } } }""";
    private static final String SHOWN = """
            query($code: ID!) { power(code: $code) { name status effectiveTo legalBasis agency { code }
              history { kind effectiveOn fromAgency { code } toAgency { code } changedFields
                        previousValues { field value } } } }""";

    private static final AtomicInteger SERIAL = new AtomicInteger();

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

    static Map<String, Object> newPower(String code) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", code);
        p.put("agencyCode", DatasetBuilder.DEPARTMENT);
        p.put("name", "对销售未经检验的食品添加剂的处罚");
        p.put("category", "PENALTY");
        p.put("legalBasis", "《食品安全法》第一百二十五条");
        p.put("effectiveFrom", "2026-01-01");
        return p;
    }

    static String freshCode() {
        return "API-P-" + SERIAL.incrementAndGet();
    }

    private String added() {
        String code = freshCode();
        assertThat(api.graphQl(as.own(), ADD, "input", newPower(code)).ok()
                .<List<?>>read("$.data.addPower.userErrors")).isEmpty();
        return code;
    }

    private PublicApi.Response shown(String code) {
        return publicApi.post(SHOWN, "code", code).ok();
    }

    @Test
    void anAddedItemIsListedWithItsEffectiveDateInItsHistory() {
        String code = freshCode();
        assertThat(shown(code).<Object>read("$.data.power")).isNull();

        PublicApi.Response r = api.graphQl(as.own(), ADD, "input", newPower(code)).ok();

        assertThat(r.<String>read("$.data.addPower.power.status")).isEqualTo("ACTIVE");
        assertThat(shown(code).<List<String>>read("$.data.power.history[*].kind")).containsExactly("ADDED");
        assertThat(shown(code).<List<String>>read("$.data.power.history[*].effectiveOn")).containsExactly("2026-01-01");
    }

    @Test
    void anAdjustmentRecordsTheFieldsTheirPreviousValuesAndTheDay() {
        String code = added();
        shown(code);

        api.graphQl(as.own(), ADJUST, "input", Map.of("code", code, "effectiveOn", "2026-11-01",
                "legalBasis", "《食品安全法》（2021年修正）第一百二十五条")).ok();

        PublicApi.Response after = shown(code);
        assertThat(after.<String>read("$.data.power.legalBasis")).isEqualTo("《食品安全法》（2021年修正）第一百二十五条");
        assertThat(after.<String>read("$.data.power.history[1].kind")).isEqualTo("ADJUSTED");
        assertThat(after.<String>read("$.data.power.history[1].effectiveOn")).isEqualTo("2026-11-01");
        assertThat(after.<List<String>>read("$.data.power.history[1].changedFields")).containsExactly("legalBasis");
        assertThat(after.<String>read("$.data.power.history[1].previousValues[0].value"))
                .isEqualTo("《食品安全法》第一百二十五条");
    }

    @Test
    void aTransferMovesTheItemAndNamesBothAgenciesInItsHistory() {
        String code = added();

        PublicApi.Response r = api.graphQl(as.own(), TRANSFER, "input", Map.of("code", code, "toAgencyCode",
                DatasetBuilder.TOWNSHIP, "effectiveOn", "2026-11-15")).ok();

        assertThat(r.<String>read("$.data.transferPower.power.agency.code")).isEqualTo(DatasetBuilder.TOWNSHIP);
        PublicApi.Response after = shown(code);
        assertThat(after.<String>read("$.data.power.history[1].kind")).isEqualTo("TRANSFERRED");
        assertThat(after.<String>read("$.data.power.history[1].effectiveOn")).isEqualTo("2026-11-15");
        assertThat(after.<String>read("$.data.power.history[1].fromAgency.code")).isEqualTo(DatasetBuilder.DEPARTMENT);
        assertThat(after.<String>read("$.data.power.history[1].toAgency.code")).isEqualTo(DatasetBuilder.TOWNSHIP);
        // it is the township's now: the department's system can no longer touch it
        assertThat(api.graphQl(as.own(), REPEAL, "input", Map.of("code", code, "effectiveOn", "2026-11-20")).errorCode())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void aRepealKeepsTheItemListedAsRepealedFromItsDay() {
        String code = added();

        api.graphQl(as.own(), REPEAL, "input", Map.of("code", code, "effectiveOn", "2026-11-22")).ok();

        PublicApi.Response after = shown(code);
        assertThat(after.<String>read("$.data.power.status")).isEqualTo("REPEALED");
        assertThat(after.<String>read("$.data.power.effectiveTo")).isEqualTo("2026-11-22");
        assertThat(after.<List<String>>read("$.data.power.history[*].kind")).containsExactly("ADDED", "REPEALED");
        PublicApi.Response again = api.graphQl(as.own(), REPEAL, "input", Map.of("code", code, "effectiveOn", "2026-11-22"))
                .ok();
        assertThat(again.<List<String>>read("$.data.repealPower.userErrors[*].message")).containsExactly(
                "the item was repealed already");
    }

    @Test
    void mistakesAreUserErrorsAndChangeNothing() {
        String code = added();

        assertThat(api.graphQl(as.own(), ADD, "input", newPower(code)).ok()
                .<List<String>>read("$.data.addPower.userErrors[*].code")).containsExactly("CONFLICT");
        assertThat(api.graphQl(as.own(), ADJUST, "input", Map.of("code", code, "effectiveOn", "2026-12-24", "name", "新名称"))
                .ok().<List<String>>read("$.data.adjustPower.userErrors[*].field")).containsExactly("effectiveOn");
        assertThat(api.graphQl(as.own(), ADJUST, "input", Map.of("code", "NO-SUCH-ITEM", "effectiveOn", "2026-11-01"))
                .ok().<List<String>>read("$.data.adjustPower.userErrors[*].code")).containsExactly("NOT_FOUND");
        Map<String, Object> forTeam = newPower(freshCode());
        forTeam.put("agencyCode", DatasetBuilder.TEAM);
        assertThat(api.graphQl(as.streetOffice(), ADD, "input", forTeam).ok()
                .<List<String>>read("$.data.addPower.userErrors[*].field")).containsExactly("agencyCode");
        assertThat(shown(code).<List<String>>read("$.data.power.history[*].kind")).containsExactly("ADDED");
    }
}
