package org.disclosurehub.policy;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The character bigrams of a public party name, lower-cased: the index behind "party name
 * contains". Built from the masked name, so a search for a natural person's real name finds
 * nothing.
 */
public final class NameGrams {

    private NameGrams() {
    }

    public static Set<String> of(String name) {
        String s = normalize(name);
        Set<String> grams = new LinkedHashSet<>();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return grams;
    }

    public static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
