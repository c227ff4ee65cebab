package org.disclosurehub.power;

import org.disclosurehub.power.PowerInputs.AddPowerInput;
import org.disclosurehub.power.PowerInputs.AdjustPowerInput;
import org.disclosurehub.power.PowerInputs.RepealPowerInput;
import org.disclosurehub.power.PowerInputs.TransferPowerInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code addPower}, {@code adjustPower}, {@code transferPower}, {@code repealPower}. */
@Controller
class PowerMutationController {

    private final PowerWrites writes;

    PowerMutationController(PowerWrites writes) {
        this.writes = writes;
    }

    @MutationMapping
    PowerPayload addPower(@Argument AddPowerInput input) {
        return writes.add(input);
    }

    @MutationMapping
    PowerPayload adjustPower(@Argument AdjustPowerInput input) {
        return writes.adjust(input);
    }

    @MutationMapping
    PowerPayload transferPower(@Argument TransferPowerInput input) {
        return writes.transfer(input);
    }

    @MutationMapping
    PowerPayload repealPower(@Argument RepealPowerInput input) {
        return writes.repeal(input);
    }
}
