package org.disclosurehub.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosurehub.support.DatasetBuilder.uscc;
import static org.disclosurehub.support.TestDecision.decision;
import static org.disclosurehub.support.TestDecision.residentId;

import java.time.LocalDate;

import org.disclosurehub.support.TestDecision;
import org.junit.jupiter.api.Test;

/**
 * The public form of a decision: what a portal may show. A natural person's name (the party's,
 * or an individual business's operator's) is masked wherever it appears; redacted passages
 * become [已屏蔽] before anything else; ID numbers never appear; legal persons are shown as the
 * law requires.
 */
class PublicDecisionBuilderTest {

    static final LocalDate UNTIL = LocalDate.of(2027, 6, 1);
    static final String ID = residentId(17);

    static PublicDecision publicForm(TestDecision d) {
        return PublicDecisionBuilder.build(d.build(), "朝阳区", UNTIL);
    }

    // --------------------------------------------------------------------- natural persons

    @Test
    void theNameIsMaskedAndTheCreditCodeAndIdNumberAreNotShown() {
        PublicDecision p = publicForm(decision("N-1").naturalPerson("张伟", ID).facts("当事人销售过期食品。"));
        assertThat(p.partyType()).isEqualTo(PartyType.NATURAL_PERSON);
        assertThat(p.partyName()).isEqualTo("张*");
        assertThat(p.partyCreditCode()).isNull();
        assertThat(p.toString()).doesNotContain(ID).doesNotContain("张伟");
    }

    @Test
    void theNameIsMaskedEverywhereInTheFacts() {
        PublicDecision p = publicForm(decision("N-2").naturalPerson("王小明", ID)
                .facts("王小明于2026年5月销售过期食品，执法人员当场告知王小明享有陈述申辩权。"));
        assertThat(p.violationFacts()).isEqualTo("王**于2026年5月销售过期食品，执法人员当场告知王**享有陈述申辩权。");
    }

    @Test
    void aCompoundSurnameStaysAndTheGivenNameIsMaskedInTheFacts() {
        PublicDecision p = publicForm(decision("N-3").naturalPerson("欧阳娜娜", ID)
                .facts("欧阳娜娜无证经营，欧阳娜娜拒不改正。"));
        assertThat(p.partyName()).isEqualTo("欧阳**");
        assertThat(p.violationFacts()).isEqualTo("欧阳**无证经营，欧阳**拒不改正。").doesNotContain("娜");
    }

    @Test
    void theIdNumberIsNotShownEvenWhereTheAgencyQuotedItInTheFacts() {
        PublicDecision p = publicForm(decision("N-4").naturalPerson("司马光", ID)
                .facts("当事人司马光（公民身份号码" + ID + "）擅自占道经营。"));
        assertThat(p.violationFacts()).doesNotContain(ID).doesNotContain("司马光").contains("司马*");
        assertThat(p.toString()).doesNotContain(ID);
    }

    // --------------------------------------------------------------- individual businesses

    @Test
    void theTradeNameAndCreditCodeAreShownAndTheOperatorIsMaskedEverywhere() {
        String code = uscc(7101);
        PublicDecision p = publicForm(decision("I-1").individualBusiness("老王烧烤店", code, "王小明")
                .facts("老王烧烤店（经营者王小明）在店外占道经营，经营者王小明当场承认。"));
        assertThat(p.partyType()).isEqualTo(PartyType.INDIVIDUAL_BUSINESS);
        assertThat(p.partyName()).isEqualTo("老王烧烤店");
        assertThat(p.partyCreditCode()).isEqualTo(code);
        assertThat(p.legalRepresentative()).isEqualTo("王**");
        assertThat(p.violationFacts()).isEqualTo("老王烧烤店（经营者王**）在店外占道经营，经营者王**当场承认。");
        assertThat(p.toString()).doesNotContain("王小明");
    }

    // ----------------------------------------------------- legal persons and organisations

    @Test
    void nameCreditCodeAndLegalRepresentativeAreShownAsTheLawRequires() {
        String code = uscc(7201);
        PublicDecision p = publicForm(decision("L-1").legalPerson("北京明远食品有限公司", code, "赵明远")
                .facts("北京明远食品有限公司（法定代表人赵明远）生产不符合标准的食品。"));
        assertThat(p.partyName()).isEqualTo("北京明远食品有限公司");
        assertThat(p.partyCreditCode()).isEqualTo(code);
        assertThat(p.legalRepresentative()).isEqualTo("赵明远");
        assertThat(p.violationFacts()).isEqualTo("北京明远食品有限公司（法定代表人赵明远）生产不符合标准的食品。");
    }

    @Test
    void anOrganisationToo() {
        String code = uscc(7202);
        PublicDecision p = publicForm(decision("L-2").legalPerson("朝阳区示例协会", code, "钱会长")
                .partyType(PartyType.OTHER_ORG));
        assertThat(p.partyType()).isEqualTo(PartyType.OTHER_ORG);
        assertThat(p.partyName()).isEqualTo("朝阳区示例协会");
        assertThat(p.partyCreditCode()).isEqualTo(code);
        assertThat(p.legalRepresentative()).isEqualTo("钱会长");
    }

    // ------------------------------------------------------------------- redacted passages

    @Test
    void eachPassageIsReplaced() {
        PublicDecision p = publicForm(decision("R-1")
                .facts("经举报人刘芳（电话13800138000）举报，当事人使用秘方：桂皮3克八角2克。")
                .redacted("举报人刘芳（电话13800138000）", "秘方：桂皮3克八角2克"));
        assertThat(p.violationFacts()).isEqualTo("经[已屏蔽]举报，当事人使用[已屏蔽]。");
    }

    @Test
    void passagesAreReplacedBeforeNamesAreMaskedSoAPassageQuotingThePartyIsStillFound() {
        // masking first would turn 张伟 into 张* and the passage would no longer match: the
        // reporter's name and phone number would be published
        PublicDecision p = publicForm(decision("R-2").naturalPerson("张伟", ID)
                .facts("张伟的邻居刘芳（电话13800138000）举报张伟在楼道堆放易燃物。")
                .redacted("张伟的邻居刘芳（电话13800138000）"));
        assertThat(p.violationFacts()).isEqualTo("[已屏蔽]举报张*在楼道堆放易燃物。")
                .doesNotContain("刘芳").doesNotContain("13800138000");
    }

    @Test
    void aPassageThatAlsoAppearsInTheLegalBasisOrCorrectionReasonIsReplacedThereToo() {
        PublicDecision p = publicForm(decision("R-3")
                .facts("当事人向刘芳（电话13800138000）出售过期食品。")
                .redacted("刘芳（电话13800138000）")
                .legalBasis("《食品安全法》第一百二十四条；刘芳（电话13800138000）的投诉")
                .changed("2026-07-01", "经刘芳（电话13800138000）申请复核，变更罚款金额。"));
        assertThat(p.violationFacts()).doesNotContain("刘芳");
        assertThat(p.legalBasis()).isEqualTo("《食品安全法》第一百二十四条；[已屏蔽]的投诉");
        assertThat(p.correctionReason()).isEqualTo("经[已屏蔽]申请复核，变更罚款金额。");
    }

    // ------------------------------------------------------------------------- corrections

    @Test
    void aChangedDecisionShowsTheDateAndReasonOfTheCorrection() {
        PublicDecision p = publicForm(decision("C-1").changed("2026-07-01", "行政复议变更罚款金额"));
        assertThat(p.status()).isEqualTo(DecisionStatus.CHANGED);
        assertThat(p.correctedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(p.correctionReason()).isEqualTo("行政复议变更罚款金额");
    }

    @Test
    void aDecisionInForceHasNoCorrection() {
        PublicDecision p = publicForm(decision("C-2"));
        assertThat(p.status()).isEqualTo(DecisionStatus.EFFECTIVE);
        assertThat(p.correctedOn()).isNull();
        assertThat(p.correctionReason()).isNull();
    }

    @Test
    void aNaturalPersonsNameInTheCorrectionReasonIsMaskedToo() {
        PublicDecision p = publicForm(decision("C-3").naturalPerson("欧阳娜娜", ID)
                .changed("2026-07-01", "欧阳娜娜申请行政复议，复议机关决定变更罚款金额"));
        assertThat(p.correctionReason()).isEqualTo("欧阳**申请行政复议，复议机关决定变更罚款金额");
    }

    // ----------------------------------------------------------- withdrawal notice reasons

    @Test
    void aNoticeReasonNeverNamesTheParty() {
        String code = uscc(7301);
        var d = decision("W-1").legalPerson("北京鲁班建材有限公司", code, "鲁大师")
                .revoked("2026-09-01", "北京鲁班建材有限公司（统一社会信用代码" + code + "，法定代表人鲁大师）申请行政复议，复议机关决定撤销")
                .build();
        assertThat(PublicDecisionBuilder.noticeReason(d))
                .doesNotContain("鲁班").doesNotContain(code).doesNotContain("鲁大师")
                .contains("申请行政复议，复议机关决定撤销");
    }

    @Test
    void norANaturalPersonInAnyForm() {
        var d = decision("W-2").naturalPerson("王小明", ID)
                .revoked("2026-09-01", "王小明（身份证号" + ID + "）提起行政诉讼，法院判决撤销").build();
        assertThat(PublicDecisionBuilder.noticeReason(d))
                .doesNotContain("王小明").doesNotContain("王**").doesNotContain(ID).contains("法院判决撤销");
    }

    @Test
    void withoutAReasonTheNoticeSaysTheDecisionWasRevoked() {
        var d = decision("W-3").revoked("2026-09-01", " ").build();
        assertThat(PublicDecisionBuilder.noticeReason(d)).isEqualTo("该行政处罚决定已被撤销");
    }
}
