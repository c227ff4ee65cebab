package org.disclosurehub.support;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;

/** What {@link WriteHubTest} adds to the hub: a database connection that can be made to fail on cue. */
@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
public class WriteTestConfiguration {

    @Bean
    static BeanPostProcessor faultyDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !(bean instanceof FaultyDataSource) ? new FaultyDataSource(ds) : bean;
            }
        };
    }
}
