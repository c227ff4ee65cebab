package org.disclosurehub.officer;

import static org.assertj.core.api.Assertions.assertThat;

import org.disclosurehub.support.HubTest;
import org.disclosurehub.support.SeedData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** A citizen checks the card an officer shows them (执法证件查询). */
@HubTest
class CredentialCheckTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aValidCredentialSaysWhoseItIsAndThatTheHolderMayEnforce() {
        graphQl.documentName("credentialCheck").variable("no", SeedData.VALID_OFFICER).execute()
                .path("credentialCheck.found").entity(Boolean.class).isEqualTo(true)
                .path("credentialCheck.kind").entity(String.class).isEqualTo("ENFORCEMENT_CREDENTIAL")
                .path("credentialCheck.mayEnforce").entity(Boolean.class).isEqualTo(true)
                .path("credentialCheck.validity").entity(String.class).isEqualTo("VALID")
                .path("credentialCheck.holderName").entity(String.class).isEqualTo(SeedData.VALID_OFFICER_NAME)
                .path("credentialCheck.agency.code").entity(String.class).isEqualTo(SeedData.MARKET_REGULATION)
                .path("credentialCheck.domain").entity(String.class).isEqualTo("市场监管")
                .path("credentialCheck.expiresOn").entity(String.class).isEqualTo("2029-10-20")
                .path("credentialCheck.checkedOn").entity(String.class).isEqualTo("2026-11-22");
    }

    @Test
    void aSuspendedCredentialIsNotValidAndSaysWhy() {
        graphQl.documentName("credentialCheck").variable("no", SeedData.SUSPENDED_OFFICER).execute()
                .path("credentialCheck.found").entity(Boolean.class).isEqualTo(true)
                .path("credentialCheck.mayEnforce").entity(Boolean.class).isEqualTo(false)
                .path("credentialCheck.validity").entity(String.class).isEqualTo("SUSPENDED")
                .path("credentialCheck.advice").entity(String.class).satisfies(a -> assertThat(a).contains("无效", "暂扣"));
    }

    @Test
    void aCredentialPastItsExpiryDateIsExpiredEvenIfRecordedAsValid() {
        // The predecessor credential of the valid officer ran until 2024-10-20.
        graphQl.documentName("credentialCheck").variable("no", "1101050000102").execute()
                .path("credentialCheck.mayEnforce").entity(Boolean.class).isEqualTo(false)
                .path("credentialCheck.validity").entity(String.class).isEqualTo("EXPIRED");
    }

    @Test
    void anAuxiliaryWorkCardIsNotAnEnforcementCredentialAndNamesNobody() {
        graphQl.documentName("credentialCheck").variable("no", SeedData.AUXILIARY_CARD).execute()
                .path("credentialCheck.found").entity(Boolean.class).isEqualTo(true)
                .path("credentialCheck.kind").entity(String.class).isEqualTo("AUXILIARY_WORK_CARD")
                .path("credentialCheck.mayEnforce").entity(Boolean.class).isEqualTo(false)
                .path("credentialCheck.holderName").valueIsNull()
                .path("credentialCheck.agency.code").entity(String.class).isEqualTo(SeedData.SHUANGJING_TEAM)
                .path("credentialCheck.duties").entity(String.class).satisfies(d -> assertThat(d).isNotBlank())
                .path("credentialCheck.advice").entity(String.class)
                .satisfies(a -> assertThat(a).contains("不是行政执法证", "协助"));
    }

    @Test
    void anUnknownNumberIsAnAnswerNotAnError() {
        graphQl.documentName("credentialCheck").variable("no", "0000000000000").execute()
                .errors().verify()
                .path("credentialCheck.found").entity(Boolean.class).isEqualTo(false)
                .path("credentialCheck.mayEnforce").entity(Boolean.class).isEqualTo(false)
                .path("credentialCheck.holderName").valueIsNull()
                .path("credentialCheck.agency").valueIsNull();
    }

    @Test
    void anAbsurdNumberIsRejectedWithACode() {
        graphQl.documentName("credentialCheck").variable("no", "9".repeat(65)).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                });
    }
}
