package org.disclosurehub.request;

import java.time.Instant;

/** One row of request_events.csv / request_event: key (trackingNo, at, kind). */
public record EventRecord(String trackingNo, Instant at, EventKind kind, String outcome, String detail) {
}
