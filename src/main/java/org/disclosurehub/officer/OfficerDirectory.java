package org.disclosurehub.officer;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import org.disclosurehub.cache.HubCaches;
import org.disclosurehub.cache.Invalidations;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;

/** Officers by credential number through the cache: the credential check is the hottest public query. */
@Service
public class OfficerDirectory {

    private final OfficerRepository officers;
    private final Cache<String, Optional<Officer>> cache;
    private final Invalidations invalidations;

    OfficerDirectory(OfficerRepository officers, CacheManager caches, Invalidations invalidations) {
        this.officers = officers;
        this.cache = HubCaches.caffeine(caches, HubCaches.OFFICERS);
        this.invalidations = invalidations;
    }

    public Optional<Officer> find(String credentialNo) {
        return invalidations.get(cache, credentialNo, officers::find);
    }

    /** The officers with these credential numbers, in one query for those not cached. */
    public Map<String, Officer> findAll(Collection<String> credentialNos) {
        Map<String, Optional<Officer>> found = invalidations.getAll(cache, credentialNos, officers::findAll);
        Map<String, Officer> result = new HashMap<>();
        found.forEach((no, officer) -> officer.ifPresent(o -> result.put(no, o)));
        return result;
    }
}
