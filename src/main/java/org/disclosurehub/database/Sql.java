package org.disclosurehub.database;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small helpers for hand-written SQL: WHERE clauses, keyset conditions, LIKE patterns. */
public final class Sql {

    private Sql() {
    }

    public static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** A LIKE pattern matching {@code text} anywhere, with LIKE's wildcards taken literally. */
    public static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** A conjunction of conditions with their positional parameters; renders as " WHERE …" or "". */
    public static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        public Where and(String condition, Object... values) {
            conditions.add(condition);
            Collections.addAll(params, values);
            return this;
        }

        /**
         * Rows strictly after the given sort-key values, in ascending order of {@code columns}:
         * {@code (a > ?) OR (a = ? AND b > ?) …}.
         */
        public Where keysetAfter(List<String> columns, List<?> values) {
            return keyset(columns, values, true);
        }

        /** Rows strictly after the given sort-key values, all columns ascending or all descending. */
        public Where keyset(List<String> columns, List<?> values, boolean ascending) {
            String after = ascending ? " > ?)" : " < ?)";
            StringBuilder sb = new StringBuilder("(");
            List<Object> p = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    sb.append(" OR ");
                }
                sb.append('(');
                for (int j = 0; j < i; j++) {
                    sb.append(columns.get(j)).append(" = ? AND ");
                    p.add(values.get(j));
                }
                sb.append(columns.get(i)).append(after);
                p.add(values.get(i));
            }
            sb.append(')');
            conditions.add(sb.toString());
            params.addAll(p);
            return this;
        }

        public List<Object> params() {
            return params;
        }

        @Override
        public String toString() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }
}
