package org.disclosurehub.calendar;

/** Kinds of exceptional day on the official calendar. */
public enum CalendarDayKind {
    /** 法定节假日: a weekday that is off. */
    HOLIDAY,
    /** 调休上班: a weekend day that is worked. */
    WORKDAY
}
