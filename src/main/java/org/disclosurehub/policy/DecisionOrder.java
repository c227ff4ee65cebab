package org.disclosurehub.policy;

/** Orders of the public decision list; ties are broken by decision number in the same direction. */
public enum DecisionOrder {
    DECISION_DATE_DESC("d.decision_date", false),
    DECISION_DATE_ASC("d.decision_date", true),
    FINE_DESC("COALESCE(d.fine_amount, 0)", false),
    FINE_ASC("COALESCE(d.fine_amount, 0)", true);

    final String column;
    final boolean ascending;

    DecisionOrder(String column, boolean ascending) {
        this.column = column;
        this.ascending = ascending;
    }

    public boolean byFine() {
        return this == FINE_DESC || this == FINE_ASC;
    }
}
