package org.disclosurehub.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads and prepares batches on a second thread while the calling thread, which holds the
 * import's transaction, writes them: parsing, checking and building rows overlap with the
 * database's work. At most {@link #AHEAD} prepared batches wait, so memory stays bounded however
 * large the file. If writing fails, the reading thread is stopped and what it prepared is
 * discarded; if reading fails, its exception is rethrown on the calling thread.
 */
final class Pipeline {

    /** Batches that may be prepared ahead of the one being written. */
    static final int AHEAD = 2;

    private Pipeline() {
    }

    /** What the reading thread does: read, and hand each prepared batch to the sink. */
    interface Reader {
        void read(Consumer<RecordFile.Write> sink);
    }

    static void run(String name, Reader reader, Consumer<RecordFile.Write> writer) {
        BlockingQueue<RecordFile.Write> queue = new ArrayBlockingQueue<>(AHEAD);
        RecordFile.Write end = () -> 0;
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                reader.read(batch -> {
                    if (stop.get()) {
                        batch.discard();
                        throw new CancellationException();
                    }
                    put(queue, batch);
                });
            } catch (CancellationException e) {
                // the writer failed and has its own exception
            } catch (RuntimeException | Error e) {
                failure.set(e instanceof RuntimeException r ? r : new IllegalStateException(e));
            } finally {
                put(queue, end);
            }
        }, "import-" + name);
        thread.setDaemon(true);
        thread.start();
        boolean drained = false;
        try {
            RecordFile.Write next;
            while ((next = take(queue)) != end) {
                writer.accept(next);
            }
            drained = true;
        } finally {
            if (!drained) {
                stop.set(true);
                RecordFile.Write next;
                while ((next = take(queue)) != end) {
                    next.discard();
                }
            }
            join(thread);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    // The writing thread may be interrupted (a server shutting down); the reading thread is then
    // still stopped and joined, so both run to the end and the transaction rolls back cleanly.

    private static <T> void put(BlockingQueue<T> queue, T item) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(item);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T take(BlockingQueue<T> queue) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return queue.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void join(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
