package org.disclosurehub.calendar;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The only source of "now": legal dates are days in Asia/Shanghai. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClockProperties.class)
class ClockConfiguration {

    @Bean
    Clock clock(ClockProperties properties) {
        return properties.fixed() != null
                ? Clock.fixed(properties.fixed(), LegalTime.CHINA)
                : Clock.system(LegalTime.CHINA);
    }
}
