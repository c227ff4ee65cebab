package org.disclosurehub.agency;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import org.disclosurehub.cache.HubCaches;
import org.disclosurehub.cache.Invalidations;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;

/** Agencies by code through the cache: every nested {@code agency} field resolves here. */
@Service
public class AgencyDirectory {

    private final AgencyRepository agencies;
    private final Cache<String, Optional<Agency>> cache;
    private final Invalidations invalidations;

    AgencyDirectory(AgencyRepository agencies, CacheManager caches, Invalidations invalidations) {
        this.agencies = agencies;
        this.cache = HubCaches.caffeine(caches, HubCaches.AGENCIES);
        this.invalidations = invalidations;
    }

    public Optional<Agency> find(String code) {
        return invalidations.get(cache, code, agencies::find);
    }

    /**
     * The agency of each item, for a {@code @BatchMapping}: one lookup for the whole batch. Items
     * whose code is null or unknown are left out (the field resolves to null).
     */
    public <T> Map<T, Agency> agenciesOf(java.util.List<T> items, Function<T, String> code) {
        Map<String, Agency> byCode = findAll(items.stream().map(code).filter(java.util.Objects::nonNull).distinct().toList());
        Map<T, Agency> result = new LinkedHashMap<>();
        for (T item : items) {
            String c = code.apply(item);
            if (c != null && byCode.containsKey(c)) {
                result.put(item, byCode.get(c));
            }
        }
        return result;
    }

    /** The agencies with these codes, in one query for those not cached. */
    public Map<String, Agency> findAll(Collection<String> codes) {
        Map<String, Optional<Agency>> found = invalidations.getAll(cache, codes,
                missing -> agencies.findAll(missing).stream().collect(Collectors.toMap(Agency::code, Function.identity())));
        Map<String, Agency> result = new LinkedHashMap<>();
        found.forEach((code, agency) -> agency.ifPresent(a -> result.put(code, a)));
        return result;
    }
}
