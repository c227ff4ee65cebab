package org.disclosurehub.request.deadline;

/**
 * A step that the OGI Regulations or the application's history do not allow.
 *
 * @param index   the step's index as the caller gave it
 * @param column  the event column at fault: kind, outcome, detail or at
 * @param message what is wrong, in words a caseworker or data clerk can act on (no personal data)
 */
public record StepProblem(int index, String column, String message) {
}
