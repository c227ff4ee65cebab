package org.disclosurehub.hub;

import java.time.LocalDate;

/**
 * Facts about this hub instance.
 *
 * @param today      the day (Asia/Shanghai) the hub judges validity on
 * @param apiVersion version of the public schema
 */
public record HubInfo(LocalDate today, String apiVersion) {
}
