package org.disclosurehub.support;

import org.disclosurehub.security.Role;
import org.disclosurehub.security.TokenStore;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real agency credentials for tests that run on an empty database (no seed data): the agency a
 * token belongs to must be on file, so one fictional department is put there first.
 */
public final class AgencySystems {

    /** A fictional department of 朝阳区, code with a valid-looking shape but invented. */
    public static final String AGENCY = "11110105TEST00001X";

    private AgencySystems() {
    }

    /** Issues a PUBLISHER token to the fictional department, filing it first if needed. */
    public static String bearer(JdbcTemplate jdbc, TokenStore tokens, String label) {
        jdbc.update("INSERT IGNORE INTO agency (code, name, kind, district) VALUES (?, ?, 'DEPARTMENT', '朝阳区')",
                AGENCY, "测试用虚构部门");
        return "Bearer " + tokens.issue(AGENCY, Role.PUBLISHER, label).token();
    }
}
