package org.disclosurehub.database;

/**
 * Published after a write has committed (an import, later a mutation), so caches drop what
 * they hold at once.
 *
 * @param source what wrote, e.g. "import"
 */
public record DataChangedEvent(String source) {
}
