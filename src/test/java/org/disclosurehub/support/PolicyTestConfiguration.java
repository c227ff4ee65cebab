package org.disclosurehub.support;

import java.time.Instant;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** What {@link PolicyHubTest} adds to the hub: a clock tests can move and a count of SQL statements. */
@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
public class PolicyTestConfiguration {

    @Bean
    @Primary
    MovableClock movableClock(@Value("${datahub.clock.fixed}") Instant fixed) {
        return new MovableClock(fixed);
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !(bean instanceof SqlStatementCounter.Counting)
                        ? SqlStatementCounter.wrap(ds) : bean;
            }
        };
    }
}
