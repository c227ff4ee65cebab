package org.disclosurehub.graphql;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The execution service: Boot's default one (with the DataLoader registry, as Boot sets it up)
 * behind the request timeout ({@link TimedExecution}).
 */
@Configuration(proxyBeanMethods = false)
class TimedExecutionConfiguration {

    /** Executions queued beyond this many are refused at once: they would time out anyway. */
    static final int QUEUE = 10_000;

    @Bean(destroyMethod = "dispose")
    Scheduler graphQlExecutions(QueryLimitProperties limits) {
        return Schedulers.newBoundedElastic(limits.executionThreads(), QUEUE, "graphql");
    }

    @Bean
    ExecutionGraphQlService executionGraphQlService(GraphQlSource source, BatchLoaderRegistry loaders,
            QueryLimitProperties limits, Scheduler graphQlExecutions) {
        DefaultExecutionGraphQlService service = new DefaultExecutionGraphQlService(source);
        service.addDataLoaderRegistrar(loaders);
        return new TimedExecution(service, limits.timeout(), graphQlExecutions);
    }
}
