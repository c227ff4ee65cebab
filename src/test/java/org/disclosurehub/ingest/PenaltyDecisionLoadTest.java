package org.disclosurehub.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.disclosurehub.support.DatasetBuilder.PENALTIES;
import static org.disclosurehub.support.TestDecision.decision;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.disclosurehub.support.DatasetBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A first import of penalty decisions checks and loads the file in one pass, a batch at a time
 * (here two decisions per batch, so that a handful make several batches). What was loaded before
 * a bad row, an unreadable byte or the end of the file belongs to the import's transaction: a
 * reader sees none of it before the import commits, and a rejected or failed import leaves
 * nothing behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {"datahub.seed.enabled=false",
        "datahub.clock.fixed=2026-11-22T04:00:00Z", "datahub.import.load-batch-size=2"})
class PenaltyDecisionLoadTest {

    static final int DECISIONS = 20;

    @Autowired
    DatasetImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ImportProperties properties;


    @TempDir
    Path dir;

    DatasetBuilder data = DatasetBuilder.validDataset().withPenaltyDecisions();
    ExecutorService executor = Executors.newSingleThreadExecutor();

    @BeforeEach
    void emptyDatabaseAndDecisions() {
        PenaltyDecisionImportTest.TABLES.forEach(t -> jdbc.update("DELETE FROM " + t));
        for (int i = 1; i < DECISIONS; i++) {
            data.addDecision(decision("京朝载罚〔2026〕" + i + "号").build());
        }
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    long committed(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    /** Rows another session sees when it reads what is not committed yet. */
    long uncommitted(String table) {
        return jdbc.execute((ConnectionCallback<Long>) c -> {
            int isolation = c.getTransactionIsolation();
            c.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            } finally {
                c.setTransactionIsolation(isolation);
            }
        });
    }

    void assertNothingWritten() {
        for (String table : PenaltyDecisionImportTest.TABLES) {
            assertThat(committed(table)).as("rows in " + table).isZero();
        }
    }

    @Test
    void aReaderSeesNothingOfAnImportUntilItCommits() throws Exception {
        Path folder = data.writeTo(dir);
        byte[] file = Files.readAllBytes(folder.resolve(PENALTIES));
        // the decision file stops after its 15th decision (row 16) until the test lets it go on
        int rows = 0;
        int pause = 0;
        while (rows < 16) {
            if (file[pause++] == '\n') {
                rows++;
            }
        }
        assertThat(properties.loadBatchSize()).isEqualTo(2);
        Pause paused = new Pause(pause);
        Dataset dataset = withDecisionFile(new FolderDataset(folder), paused::stream);
        Future<ImportReport> running = executor.submit(() -> importer.importDataset(dataset, false));
        ImportReport report;
        try {
            assertThat(paused.reached.await(60, TimeUnit.SECONDS)).as("the import reached the pause").isTrue();
            // whatever the import loaded so far belongs to its transaction: no reader sees it (on
            // MariaDB's bulk path for an empty table, not even one reading uncommitted rows)
            assertThat(uncommitted("penalty_decision")).as("read uncommitted").isBetween(0L, 15L);
            assertNothingWritten();
        } finally {
            paused.goOn.countDown();
            report = running.get(60, TimeUnit.SECONDS);
        }
        assertThat(report.imported()).isTrue();
        assertThat(committed("penalty_decision")).isEqualTo(DECISIONS);
        assertThat(committed("public_decision")).isEqualTo(DECISIONS);
        assertThat(committed("agency")).isEqualTo(5);
    }

    @Test
    void aBadRowAfterLoadedBatchesRejectsTheImportAndLeavesNothing() {
        int bad = data.addDecision(decision("京朝载罚〔2026〕99号").build());
        data.set(PENALTIES, bad, "decision_date", "2026-02-30");
        ImportReport report = importer.importDataset(new FolderDataset(data.writeTo(dir)), false);

        assertThat(report.imported()).isFalse();
        assertThat(report.errors()).extracting(ImportError::file, ImportError::row, ImportError::column)
                .containsExactly(tuple(PENALTIES, bad, "decision_date"));
        assertThat(report.files()).extracting(ImportReport.FileSummary::file, ImportReport.FileSummary::rows,
                ImportReport.FileSummary::written).contains(tuple(PENALTIES, (long) DECISIONS + 1, 0L));
        assertNothingWritten();
    }

    @Test
    void aKeyRepeatedAfterItsFirstRowWasLoadedIsReportedOnBothRowsAndNothingStays() {
        int again = data.addDecision(decision("京朝载罚〔2026〕3号").build());
        ImportReport report = importer.importDataset(new FolderDataset(data.writeTo(dir)), false);

        assertThat(report.imported()).isFalse();
        assertThat(report.errors()).extracting(ImportError::row, ImportError::column)
                .containsExactly(tuple(5, "decision_no"), tuple(again, "decision_no"));
        assertNothingWritten();
    }

    @Test
    void aFileThatCannotBeReadToTheEndLeavesNothing() throws IOException {
        Path folder = data.writeTo(dir);
        long size = Files.size(folder.resolve(PENALTIES));
        Dataset dataset = withDecisionFile(new FolderDataset(folder), in -> new Breaking(in, size * 3 / 4));
        ImportReport report = importer.importDataset(dataset, false);

        assertThat(report.imported()).isFalse();
        assertThat(report.errors()).extracting(ImportError::file).containsExactly(PENALTIES);
        assertThat(report.errors().get(0).message()).contains("cannot be read");
        assertNothingWritten();
    }

    @Test
    void aSecondImportOverALoadedOneChangesNothing() {
        Path folder = data.writeTo(dir);
        assertThat(importer.importDataset(new FolderDataset(folder), false).imported()).isTrue();
        String before = jdbc.queryForObject("SELECT GROUP_CONCAT(row_hash ORDER BY decision_no) FROM penalty_decision",
                String.class);

        ImportReport again = importer.importDataset(new FolderDataset(folder), false);
        assertThat(again.files()).extracting(ImportReport.FileSummary::file, ImportReport.FileSummary::written)
                .contains(tuple(PENALTIES, 0L));
        assertThat(jdbc.queryForObject("SELECT GROUP_CONCAT(row_hash ORDER BY decision_no) FROM penalty_decision",
                String.class)).isEqualTo(before);
        assertThat(committed("publication_event")).isEqualTo(DECISIONS);
    }

    /** The dataset, its decision file read through {@code wrap}. */
    static Dataset withDecisionFile(Dataset dataset, UnaryOperator<InputStream> wrap) {
        return new Dataset() {
            @Override
            public String description() {
                return dataset.description();
            }

            @Override
            public Set<String> csvFiles() throws IOException {
                return dataset.csvFiles();
            }

            @Override
            public InputStream open(String name) throws IOException {
                InputStream in = dataset.open(name);
                return name.equals(PENALTIES) ? wrap.apply(in) : in;
            }
        };
    }

    /** A stop at a byte of a stream, until the test lets it go on. */
    static final class Pause {

        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch goOn = new CountDownLatch(1);
        private final long at;

        Pause(long at) {
            this.at = at;
        }

        InputStream stream(InputStream in) {
            return new FilterInputStream(in) {
                private long read;

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (read == at) {
                        reached.countDown();
                        try {
                            goOn.await();
                        } catch (InterruptedException e) {
                            throw new IOException(e);
                        }
                    }
                    int n = super.read(b, off, (int) Math.min(len, read < at ? at - read : len));
                    read += Math.max(n, 0);
                    return n;
                }
            };
        }
    }

    /** A stream that fails after a number of bytes, as a disk or network may. */
    static final class Breaking extends FilterInputStream {

        private final long failAt;
        private long read;

        Breaking(InputStream in, long failAt) {
            super(in);
            this.failAt = failAt;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (read >= failAt) {
                throw new IOException("the stream broke");
            }
            int n = super.read(b, off, (int) Math.min(len, failAt - read));
            read += Math.max(n, 0);
            return n;
        }
    }
}
