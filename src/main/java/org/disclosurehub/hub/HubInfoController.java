package org.disclosurehub.hub;

import java.time.Clock;

import org.disclosurehub.calendar.LegalTime;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code hub}: what day the hub answers for. */
@Controller
class HubInfoController {

    static final String API_VERSION = "1";

    private final Clock clock;

    HubInfoController(Clock clock) {
        this.clock = clock;
    }

    @QueryMapping
    HubInfo hub() {
        return new HubInfo(LegalTime.today(clock), API_VERSION);
    }
}
