package org.disclosurehub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.disclosurehub.graphql.ErrorCode;
import org.disclosurehub.graphql.HubException;
import org.disclosurehub.ingest.DatasetImporter;
import org.disclosurehub.support.DatasetBuilder;
import org.disclosurehub.support.WriteData;
import org.disclosurehub.support.WriteHubTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may write what: a token covers its agency and that agency's enforcement teams, in its own
 * role; ADMIN covers everything; no token, nothing.
 */
@WriteHubTest
class WriteAccessTest {

    @Autowired
    WriteAccess access;
    @Autowired
    DatasetImporter importer;

    @BeforeAll
    void agencies() {
        WriteData.load(importer);
    }

    @AfterEach
    void anonymousAgain() {
        SecurityContextHolder.clearContext();
    }

    private static void as(String agency, Role role) {
        SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(new Caller("a1b2c3d4e5f6", agency, role)));
    }

    private static ErrorCode refusal(Runnable r) {
        try {
            r.run();
            return null;
        } catch (HubException e) {
            return e.code();
        }
    }

    @Test
    void withoutATokenEveryWriteIsUnauthenticated() {
        assertThat(access.current()).isEmpty();
        assertThat(refusal(() -> access.require(Role.PUBLISHER, DatasetBuilder.DEPARTMENT))).isEqualTo(ErrorCode.UNAUTHENTICATED);
        assertThat(refusal(() -> access.require(Role.ADMIN, null))).isEqualTo(ErrorCode.UNAUTHENTICATED);
    }

    @Test
    void aTokenCoversItsOwnAgencyInItsOwnRole() {
        as(DatasetBuilder.DEPARTMENT, Role.PUBLISHER);

        assertThat(access.require(Role.PUBLISHER, DatasetBuilder.DEPARTMENT).agencyCode()).isEqualTo(DatasetBuilder.DEPARTMENT);
        assertThat(access.require(Role.PUBLISHER, null).role()).isEqualTo(Role.PUBLISHER);
        assertThat(refusal(() -> access.require(Role.CASEWORKER, DatasetBuilder.DEPARTMENT))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(refusal(() -> access.require(Role.ADMIN, null))).isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void anotherAgencysRecordsAreForbiddenEvenItsParentsOrAnUnknownOnes() {
        as(DatasetBuilder.DEPARTMENT, Role.PUBLISHER);

        assertThat(refusal(() -> access.require(Role.PUBLISHER, DatasetBuilder.TOWNSHIP))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(refusal(() -> access.require(Role.PUBLISHER, DatasetBuilder.GOVERNMENT))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(refusal(() -> access.require(Role.PUBLISHER, DatasetBuilder.uscc(4444)))).isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void aStreetOfficesTokenCoversItsEnforcementTeamButNotTheOtherWayRound() {
        as(DatasetBuilder.STREET_OFFICE, Role.PUBLISHER);
        assertThat(access.require(Role.PUBLISHER, DatasetBuilder.TEAM).agencyCode()).isEqualTo(DatasetBuilder.STREET_OFFICE);

        as(DatasetBuilder.TEAM, Role.PUBLISHER);
        assertThat(access.require(Role.PUBLISHER, DatasetBuilder.TEAM).agencyCode()).isEqualTo(DatasetBuilder.TEAM);
        assertThat(refusal(() -> access.require(Role.PUBLISHER, DatasetBuilder.STREET_OFFICE))).isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void adminPassesForEveryAgencyAndEveryRole() {
        as(DatasetBuilder.GOVERNMENT, Role.ADMIN);

        assertThat(access.require(Role.PUBLISHER, DatasetBuilder.TOWNSHIP).role()).isEqualTo(Role.ADMIN);
        assertThat(access.require(Role.CASEWORKER, DatasetBuilder.TEAM).role()).isEqualTo(Role.ADMIN);
        assertThat(access.require(Role.ADMIN, null).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void refusalsSayWhatIsNeededWithoutQuotingTheToken() {
        as(DatasetBuilder.DEPARTMENT, Role.CASEWORKER);
        assertThatThrownBy(() -> access.require(Role.PUBLISHER, DatasetBuilder.DEPARTMENT))
                .hasMessageContaining("needs a PUBLISHER credential");
        as(DatasetBuilder.DEPARTMENT, Role.PUBLISHER);
        assertThatThrownBy(() -> access.require(Role.PUBLISHER, DatasetBuilder.TOWNSHIP))
                .hasMessageContaining("cannot write the records of agency " + DatasetBuilder.TOWNSHIP);
    }
}
