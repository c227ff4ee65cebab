package org.disclosurehub.penalty;

import java.util.List;

import org.disclosurehub.graphql.UserError;
import org.disclosurehub.policy.PublicDecision;
import org.disclosurehub.policy.WithdrawalNotice;

/**
 * {@code PenaltyDecisionPayload}: what a write left, as the public sees it today.
 *
 * @param version the stored version (null if there is no such decision)
 */
record DecisionPayload(String decisionNo, Integer version, PublicDecision decision, WithdrawalNotice withdrawalNotice,
        List<UserError> userErrors) {

    static DecisionPayload refused(String decisionNo, Integer version, List<UserError> errors) {
        return new DecisionPayload(decisionNo, version, null, null, errors);
    }
}
