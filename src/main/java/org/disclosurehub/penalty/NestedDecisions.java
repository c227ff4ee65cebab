package org.disclosurehub.penalty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.disclosurehub.calendar.LegalTime;
import org.disclosurehub.policy.PublicDecision;
import org.disclosurehub.policy.PublicDecisions;
import org.disclosurehub.policy.PublicDecisions.Owner;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * DataLoaders for decision lists nested in other lists (an agency's, a powers-list item's, an
 * officer's decisions): the first pages and the counts of all owners in a request are loaded
 * in one statement each.
 */
@Component
class NestedDecisions {

    static final String PAGES = "nestedDecisionPages";
    static final String COUNTS = "nestedDecisionCounts";

    /** The first page of one owner's decisions. */
    record PageKey(Owner owner, String key, int size) {
    }

    /** The count of one owner's decisions. */
    record CountKey(Owner owner, String key) {
    }

    NestedDecisions(BatchLoaderRegistry registry, PublicDecisions decisions, Clock clock) {
        registry.<PageKey, List<PublicDecision>>forName(PAGES).registerMappedBatchLoader((keys, env) -> {
            LocalDate today = LegalTime.today(clock);
            Map<PageKey, List<PublicDecision>> result = new HashMap<>();
            Map<Owner, Map<Integer, Set<PageKey>>> groups = keys.stream().collect(Collectors.groupingBy(PageKey::owner,
                    Collectors.groupingBy(PageKey::size, Collectors.toSet())));
            groups.forEach((owner, bySize) -> bySize.forEach((size, group) -> {
                Map<String, List<PublicDecision>> pages = decisions.firstPages(owner,
                        group.stream().map(PageKey::key).toList(), size, today);
                group.forEach(k -> result.put(k, pages.getOrDefault(k.key(), List.of())));
            }));
            return Mono.just(result);
        });
        registry.<CountKey, Long>forName(COUNTS).registerMappedBatchLoader((keys, env) -> {
            LocalDate today = LegalTime.today(clock);
            Map<CountKey, Long> result = new HashMap<>();
            keys.stream().collect(Collectors.groupingBy(CountKey::owner)).forEach((owner, group) -> {
                Map<String, Long> counts = decisions.counts(owner, group.stream().map(CountKey::key).toList(), today);
                group.forEach(k -> result.put(k, counts.getOrDefault(k.key(), 0L)));
            });
            return Mono.just(result);
        });
    }

    static CompletableFuture<List<PublicDecision>> page(DataLoader<PageKey, List<PublicDecision>> loader, Owner owner,
            String key, int size) {
        return loader.load(new PageKey(owner, key, size));
    }
}
