package org.disclosurehub.agency;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import org.disclosurehub.cache.HubCaches;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;

/** Agencies by code through the cache: every nested {@code agency} field resolves here. */
@Service
public class AgencyDirectory {

    private final AgencyRepository agencies;
    private final Cache<String, Optional<Agency>> cache;

    AgencyDirectory(AgencyRepository agencies, CacheManager caches) {
        this.agencies = agencies;
        this.cache = HubCaches.caffeine(caches, HubCaches.AGENCIES);
    }

    public Optional<Agency> find(String code) {
        return cache.get(code, agencies::find);
    }

    /** The agencies with these codes, in one query for those not cached. */
    public Map<String, Agency> findAll(Collection<String> codes) {
        Map<String, Optional<Agency>> found = HubCaches.getAll(cache, codes,
                missing -> agencies.findAll(missing).stream().collect(Collectors.toMap(Agency::code, Function.identity())));
        Map<String, Agency> result = new LinkedHashMap<>();
        found.forEach((code, agency) -> agency.ifPresent(a -> result.put(code, a)));
        return result;
    }
}
