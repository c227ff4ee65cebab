package org.disclosurehub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.disclosurehub.ingest.DatasetImporter;
import org.disclosurehub.support.DatasetBuilder;
import org.disclosurehub.support.WriteData;
import org.disclosurehub.support.WriteHubTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Agency tokens: shown once, stored as a hash, scoped to an agency and a role, revocable. */
@WriteHubTest
class TokenStoreTest {

    @Autowired
    TokenStore tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DatasetImporter importer;

    @BeforeAll
    void agencies() {
        WriteData.load(importer);
    }

    @Test
    void anIssuedTokenIdentifiesItsAgencyAndRole() {
        TokenStore.IssuedToken issued = tokens.issue(DatasetBuilder.DEPARTMENT, Role.PUBLISHER, "case system");

        assertThat(issued.token()).startsWith("dhub_" + issued.id() + "_");
        assertThat(tokens.authenticate(issued.token()))
                .contains(new Caller(issued.id(), DatasetBuilder.DEPARTMENT, Role.PUBLISHER));
    }

    @Test
    void onlyTheSha256OfTheTokenIsStored() {
        TokenStore.IssuedToken issued = tokens.issue(DatasetBuilder.DEPARTMENT, Role.CASEWORKER, null);
        String secret = issued.token().substring(issued.token().lastIndexOf('_') + 1);

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM agency_token WHERE id = ?", issued.id());
        assertThat(row.get("secret_hash")).isEqualTo(HexFormat.of().formatHex(TokenStore.sha256(issued.token())));
        assertThat(row.values()).allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain(secret));
        assertThat(issued.toString()).doesNotContain(secret);
    }

    @Test
    void aTokenWithOneCharacterChangedOrOfAnotherShapeIsNotAccepted() {
        String token = tokens.issue(DatasetBuilder.DEPARTMENT, Role.PUBLISHER, null).token();
        char last = token.charAt(token.length() - 1);
        String altered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(tokens.authenticate(altered)).isEmpty();
        assertThat(tokens.authenticate(token + "x")).isEmpty();
        assertThat(tokens.authenticate("not a token")).isEmpty();
        assertThat(tokens.authenticate("")).isEmpty();
    }

    @Test
    void aRevokedTokenIsNoLongerAcceptedAndRevokingAgainChangesNothing() {
        TokenStore.IssuedToken issued = tokens.issue(DatasetBuilder.TOWNSHIP, Role.PUBLISHER, null);

        assertThat(tokens.revoke(issued.id())).isTrue();
        assertThat(tokens.authenticate(issued.token())).isEmpty();
        assertThat(tokens.revoke(issued.id())).isFalse();
        assertThat(tokens.find(issued.id())).hasValueSatisfying(t -> assertThat(t.active()).isFalse());
    }

    @Test
    void revokingAnUnknownTokenOrIssuingForAnUnknownAgencyIsRefused() {
        assertThatThrownBy(() -> tokens.revoke("000000000000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.issue(DatasetBuilder.uscc(4242), Role.ADMIN, null))
                .isInstanceOf(TokenStore.UnknownAgencyException.class);
    }

    @Test
    void issuingAndRevokingAreInTheAuditTrailAsDoneAtTheConsole() {
        TokenStore.IssuedToken issued = tokens.issue(DatasetBuilder.GOVERNMENT, Role.ADMIN, "district");
        tokens.revoke(issued.id());

        List<Map<String, Object>> entries = jdbc.queryForList(
                "SELECT actor, action, agency_code FROM audit_entry WHERE entity_type = 'token' AND entity_key = ? ORDER BY id",
                issued.id());
        assertThat(entries).extracting(e -> e.get("action")).containsExactly("TOKEN_ISSUED", "TOKEN_REVOKED");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("actor")).isEqualTo(AuditTrail.CONSOLE);
            assertThat(e.get("agency_code")).isEqualTo(DatasetBuilder.GOVERNMENT);
        });
    }
}
