package org.disclosurehub.policy;

import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code datahub.policy.*}: the disclosure policy's version, its global settings and per-agency
 * overrides. Changing any of them rebuilds the public tables at the next start.
 *
 * @param version  a label for the policy in force, e.g. {@code 2026-04} (信用修复管理办法 in force)
 * @param defaults settings for every agency
 * @param agencies overrides by agency credit code; unset fields inherit the defaults
 */
@ConfigurationProperties("datahub.policy")
public record PolicyProperties(String version, Overrides defaults, Map<String, Overrides> agencies) {

    public PolicyProperties {
        version = version == null || version.isBlank() ? "2026-04" : version;
        defaults = defaults == null ? Overrides.NONE : defaults;
        agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
    }

    /** Settings that may be left unset to inherit. */
    public record Overrides(Boolean publishSimpleProcedure, Boolean publishWarningOnly, Boolean publishMinor,
            Period minorPeriod, Period generalPeriod, Period seriousPeriod) {

        public static final Overrides NONE = new Overrides(null, null, null, null, null, null);
    }
}
