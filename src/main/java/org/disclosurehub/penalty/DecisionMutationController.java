package org.disclosurehub.penalty;

import org.disclosurehub.penalty.DecisionInputs.CorrectPenaltyDecisionInput;
import org.disclosurehub.penalty.DecisionInputs.PublishPenaltyDecisionInput;
import org.disclosurehub.penalty.DecisionInputs.WithdrawPenaltyDecisionInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code publishPenaltyDecision}, {@code correctPenaltyDecision}, {@code withdrawPenaltyDecision}. */
@Controller
class DecisionMutationController {

    private final DecisionWrites writes;

    DecisionMutationController(DecisionWrites writes) {
        this.writes = writes;
    }

    @MutationMapping
    DecisionPayload publishPenaltyDecision(@Argument PublishPenaltyDecisionInput input) {
        return writes.publish(input);
    }

    @MutationMapping
    DecisionPayload correctPenaltyDecision(@Argument CorrectPenaltyDecisionInput input) {
        return writes.correct(input);
    }

    @MutationMapping
    DecisionPayload withdrawPenaltyDecision(@Argument WithdrawPenaltyDecisionInput input) {
        return writes.withdraw(input);
    }
}
