package org.disclosurehub.database;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Announces a write ({@link DataChangedEvent}) once it is visible to everyone: after the
 * transaction it is part of has committed, or at once outside a transaction. Announcing before
 * the commit would let a read that runs in between fill a cache with the old state again. The
 * announcement runs in the writer's thread before the transaction's {@code execute} returns, so
 * when a write returns, this node's caches hold nothing older.
 */
@Component
public class DataChanges {

    private final ApplicationEventPublisher events;

    DataChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** @param source what wrote, e.g. "mutation" */
    public void announce(String source) {
        DataChangedEvent event = new DataChangedEvent(source);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    events.publishEvent(event);
                }
            });
        } else {
            events.publishEvent(event);
        }
    }
}
