package org.disclosurehub.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The stored row and public hashes must not change with how they are computed: a decision hashed
 * differently after an upgrade would look changed, and a replayed import would publish a
 * correction of every decision to the mirrors.
 */
class Sha256Test {

    static String reference(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void hashesTextAsStringGetBytesAndSha256Do() throws Exception {
        for (String s : List.of("", "abc", "北京东嘉酒店管理有限责任公司", "emoji 😀 and 𠀀", "lone \uD800 surrogate",
                "trailing high \uD83D", "low first \uDE00 then", "x".repeat(5_000) + "长".repeat(3_000))) {
            assertThat(Sha256.of(s)).as(s.length() > 40 ? s.substring(0, 40) : s).isEqualTo(reference(s));
        }
    }

    @Test
    void aDecisionHashesAsItsTextAndTheHashIsReusedSafelyOnOneThread() throws Exception {
        Decision d = org.disclosurehub.support.TestDecision.decision("京朝市监罚〔2026〕7号").build();
        String first = PublicationWriter.rowHash(d);
        assertThat(Sha256.of("something else")).isNotEqualTo(first);
        assertThat(PublicationWriter.rowHash(d)).isEqualTo(first).isEqualTo(reference(d.toString()));
    }
}
