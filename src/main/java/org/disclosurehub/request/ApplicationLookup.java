package org.disclosurehub.request;

import java.time.Clock;
import java.util.Optional;

import org.disclosurehub.calendar.LegalTime;
import org.disclosurehub.graphql.ErrorCode;
import org.disclosurehub.graphql.HubException;
import org.disclosurehub.request.deadline.Life;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * {@code application(trackingNo, queryCode)}. A wrong code and an unknown number are one case:
 * both cost the same (the presented code is hashed and compared in constant time against the
 * stored hash or a dummy), both answer empty, and both count as a failure of the client. A client
 * with too many failures in the window gets RATE_LIMITED for every look-up until it ends; nothing
 * is ever counted against a tracking number, so a guesser cannot lock the applicant out.
 */
@Service
@EnableConfigurationProperties(ApplicationProperties.class)
public class ApplicationLookup {

    private final ApplicationStore store;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final ClientThrottle failures;

    ApplicationLookup(ApplicationStore store, WorkingDayCalendar calendar, Clock clock, ApplicationProperties properties) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
        this.failures = new ClientThrottle(properties.lookupFailures(), properties.lookupWindow());
    }

    public Optional<ApplicationView> find(String trackingNo, String queryCode, String client) {
        if (failures.exhausted(client)) {
            throw new HubException(ErrorCode.RATE_LIMITED, "Too many look-ups with a wrong tracking number or query code"
                    + " from this client; try again later.");
        }
        Optional<ApplicationStore.WithEvents> stored = trackingNo.length() <= 40 && queryCode.length() <= 100
                ? store.findWithEvents(trackingNo) : Optional.empty();
        boolean match = QueryCodes.matches(queryCode.length() <= 100 ? queryCode : "",
                stored.map(w -> w.application().queryCodeHash()).orElse(null));
        if (!match) {
            failures.count(client);
            return Optional.empty();
        }
        return Optional.of(view(stored.get()));
    }

    /** The application as of today; for paths that have already checked who may see it. */
    public Optional<ApplicationView> find(String trackingNo) {
        return store.findWithEvents(trackingNo).map(this::view);
    }

    private ApplicationView view(ApplicationStore.WithEvents w) {
        ApplicationStore.Stored a = w.application();
        Life life = Histories.derive(a.channel(), a.submittedAt(), w.events(), calendar);
        return ApplicationView.of(a, w.events(), life, LegalTime.today(clock));
    }
}
