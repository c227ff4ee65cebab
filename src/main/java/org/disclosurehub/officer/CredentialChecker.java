package org.disclosurehub.officer;

import java.time.Clock;
import java.time.LocalDate;

import org.disclosurehub.calendar.LegalTime;
import org.springframework.stereotype.Service;

/**
 * Answers a credential check for a citizen facing someone who says they are an officer. The
 * answer is judged on today's date in China, so a cached officer record never yields a stale
 * verdict.
 */
@Service
public class CredentialChecker {

    private final OfficerDirectory officers;
    private final Clock clock;

    CredentialChecker(OfficerDirectory officers, Clock clock) {
        this.officers = officers;
        this.clock = clock;
    }

    public CredentialCheck check(String credentialNo) {
        String number = credentialNo.strip();
        LocalDate today = LegalTime.today(clock);
        return officers.find(number)
                .map(o -> o.role() == StaffRole.OFFICER ? officer(o, today) : auxiliary(o, today))
                .orElseGet(() -> new CredentialCheck(credentialNo, false, null, false, null, null, null, null, null,
                        null, null, null, today,
                        "未查到该证件号码。请核对号码；对方不能出示有效行政执法证的，可以拒绝接受检查，并拨打该机关的监督电话反映。"));
    }

    private static CredentialCheck officer(Officer o, LocalDate today) {
        CredentialValidity validity = o.validityOn(today);
        boolean valid = validity == CredentialValidity.VALID;
        String advice = valid
                ? "该行政执法证今日有效：持证人" + o.name() + "可以在其执法领域内依法执法。请核对证件照片和姓名与本人一致。"
                : "该行政执法证今日无效（" + reason(validity) + "），持证人不得从事行政执法活动。可以拒绝接受检查，并拨打该机关的监督电话反映。";
        return new CredentialCheck(o.credentialNo(), true, CredentialKind.ENFORCEMENT_CREDENTIAL, valid, validity,
                o.credentialStatus(), o.name(), o.agencyCode(), o.domain(), o.issuedOn(), o.expiresOn(), null, today,
                advice);
    }

    private static CredentialCheck auxiliary(Officer o, LocalDate today) {
        CredentialValidity validity = o.validityOn(today);
        String advice = "这是辅助人员工作证，不是行政执法证。辅助人员只能协助执法人员开展工作，不得独立执法，"
                + "不得作出行政处罚等执法决定。" + (validity == CredentialValidity.VALID ? "" : "该工作证今日无效（" + reason(validity) + "）。");
        return new CredentialCheck(o.credentialNo(), true, CredentialKind.AUXILIARY_WORK_CARD, false, validity,
                o.credentialStatus(), null, o.agencyCode(), o.domain(), o.issuedOn(), o.expiresOn(), o.duties(), today,
                advice);
    }

    private static String reason(CredentialValidity validity) {
        return switch (validity) {
            case VALID -> "有效";
            case NOT_YET_VALID -> "尚未生效";
            case EXPIRED -> "已过期";
            case SUSPENDED -> "已暂扣";
            case REVOKED -> "已吊销";
        };
    }
}
