package org.disclosurehub.graphql;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;

import org.springframework.graphql.ExecutionGraphQlRequest;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Runs each GraphQL execution on a bounded pool of its own and answers one that runs longer than
 * {@code datahub.graphql.timeout} with an error whose {@code extensions.code} is {@code TIMEOUT},
 * at the deadline, over the open connection.
 * <p>
 * Spring's {@code TimeoutWebGraphQlInterceptor} answers 408 with no GraphQL body, and only once
 * the execution returns: on a platform-thread JVM the data fetchers run on the servlet thread, so
 * nothing could answer before they finish. Here the servlet request goes asynchronous while the
 * execution runs on the pool ({@code datahub.graphql.execution-threads}), and the deadline
 * answers. The execution is then cancelled (Spring for GraphQL passes the cancellation on to
 * graphql-java, which fetches no further field); a fetch already blocked in the database finishes
 * first. An execution still queued at its deadline never starts.
 * <p>
 * It wraps the execution service rather than being a web interceptor so that every interceptor
 * runs before the hop, on the servlet thread, where thread-bound request state lives; Spring for
 * GraphQL carries that state on to the data fetchers itself.
 */
final class TimedExecution implements ExecutionGraphQlService {

    private final ExecutionGraphQlService delegate;
    private final Duration timeout;
    private final Scheduler pool;

    TimedExecution(ExecutionGraphQlService delegate, Duration timeout, Scheduler pool) {
        this.delegate = delegate;
        this.timeout = timeout;
        this.pool = pool;
    }

    @Override
    public Mono<ExecutionGraphQlResponse> execute(ExecutionGraphQlRequest request) {
        return Mono.defer(() -> delegate.execute(request))
                .subscribeOn(pool)
                .timeout(timeout, Mono.fromSupplier(() -> Refusal.execution(request, ErrorCode.TIMEOUT,
                        "The request took longer than " + describe(timeout) + " and was stopped. Ask for less "
                                + "(fewer fields, smaller pages) or try again later.")))
                .onErrorResume(RejectedExecutionException.class, e -> Mono.just(Refusal.execution(request,
                        ErrorCode.TIMEOUT, "The hub is too busy to answer now; try again later.")));
    }

    private static String describe(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
