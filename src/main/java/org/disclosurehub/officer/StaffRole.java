package org.disclosurehub.officer;

/** Categories of enforcement personnel. */
public enum StaffRole {
    /** 执法人员, holding a 行政执法证 */ OFFICER,
    /** 辅助人员, holding a work card that is not an enforcement credential */ AUXILIARY
}
