package org.disclosurehub.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk loads store exactly what INSERT statements store, and the driver sends the server no file
 * but those the hub wrote in its load folder. Each value is written once with an INSERT and
 * once through a load file into a twin table, and the two tables are compared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"datahub.seed.enabled=false", "datahub.clock.fixed=2026-11-22T04:00:00Z"})
class LocalInfileTest {

    static final List<String> COLUMNS = List.of("id", "s", "t", "c", "d", "dt", "n", "b", "p");
    static final String TABLE = "(id INT NOT NULL PRIMARY KEY, s VARCHAR(200) NULL, t TEXT NULL, c CHAR(18) NULL,"
            + " d DATE NULL, dt DATETIME(3) NULL, n DECIMAL(15, 2) NULL, b BOOLEAN NULL, p SMALLINT NULL)"
            + " ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci";

    @Autowired
    LocalInfile infile;
    @Autowired
    LoadFolder folder;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void twinTables() {
        dropTwins();
        jdbc.execute("CREATE TABLE load_test_inserted " + TABLE);
        jdbc.execute("CREATE TABLE load_test_loaded " + TABLE);
    }

    @AfterEach
    void dropTwins() {
        jdbc.execute("DROP TABLE IF EXISTS load_test_inserted, load_test_loaded");
    }

    /** The texts most likely to be mangled: the load format's separators and escapes, and characters beyond the BMP. */
    static final List<String> TEXTS = List.of("", " ", "a\tb", "line\nbreak", "cr\rlf\r\n", "back\\slash", "\\N", "\\",
            "nul\0byte", "trailing spaces  ", "张三（电话13800138000）在朝阳区", "欧阳娜娜", "emoji 😀 and 𠀀", "lone \uD800 surrogate",
            "[已屏蔽]", "\"quoted\", 'single'", "ends with backslash\\");

    // Instants are whole seconds: Connector/J drops the milliseconds of a bound LocalDateTime for
    // a MariaDB 10.x server (handshake version "5.5.5-…"), which the hub avoids by writing seconds
    // only (PublicationWriter.now).
    List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>();
        int id = 0;
        for (String text : TEXTS) {
            rows.add(new Object[] {++id, text, text + text, id % 2 == 0 ? "91110105MA03MB1061" : "11110105023224736R",
                    LocalDate.of(2024, 2, 29).plusDays(id), LocalDateTime.of(2026, 11, 22, 4, 0, 0).plusSeconds(id),
                    new BigDecimal(id % 3 == 0 ? "0.05" : "1234567890123.45"), id % 2 == 0, (short) id});
        }
        rows.add(new Object[] {++id, null, null, null, null, null, null, null, null});
        rows.add(new Object[] {++id, "x".repeat(200), "长".repeat(20_000), "", LocalDate.of(1999, 12, 31),
                LocalDateTime.of(2000, 1, 1, 0, 0), BigDecimal.ZERO.setScale(2), false, 0});
        return rows;
    }

    List<Map<String, Object>> content(String table) {
        return jdbc.queryForList("SELECT id, s, HEX(s) AS sh, t, HEX(t) AS th, c, d, dt, n, b, p FROM " + table
                + " ORDER BY id");
    }

    @Test
    void aLoadedRowHoldsExactlyWhatAnInsertOfTheSameValuesHolds() {
        jdbc.batchUpdate("INSERT INTO load_test_inserted (" + String.join(", ", COLUMNS) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows());
        TsvFile file = infile.create("load_test_loaded", COLUMNS);
        rows().forEach(file::row);
        assertThat(infile.load(file)).isEqualTo(rows().size());

        List<Map<String, Object>> inserted = content("load_test_inserted");
        List<Map<String, Object>> loaded = content("load_test_loaded");
        assertThat(inserted).hasSize(rows().size());
        for (int i = 0; i < inserted.size(); i++) {
            assertThat(loaded.get(i)).as("row " + (i + 1)).isEqualTo(inserted.get(i));
        }
        assertThat(jdbc.queryForObject("SELECT s FROM load_test_loaded WHERE id = 6", String.class)).isEqualTo("back\\slash");
        assertThat(jdbc.queryForObject("SELECT s FROM load_test_loaded WHERE id = 8", String.class)).isEqualTo("\\");
    }

    @Test
    void aLoadedFileIsDeleted() {
        TsvFile file = infile.create("load_test_loaded", COLUMNS);
        file.row(1, "a", null, null, null, null, null, null, null);
        infile.load(file);
        assertThat(Files.exists(file.path())).isFalse();
        assertThat(folder.path()).isEmptyDirectory();
    }

    @Test
    void aRowTheServerSkipsFailsTheLoad() {
        // LOAD DATA LOCAL skips a duplicate key with a warning: the load must not pass for complete
        jdbc.update("INSERT INTO load_test_loaded (id, s) VALUES (1, 'already there')");
        TsvFile file = infile.create("load_test_loaded", COLUMNS);
        file.row(1, "again", null, null, null, null, null, null, null);
        file.row(2, "new", null, null, null, null, null, null, null);
        assertThatThrownBy(() -> infile.load(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 of 2 rows loaded").hasMessageNotContaining("again");
    }

    @Test
    void aValueTheColumnCannotHoldFailsTheLoad() {
        TsvFile file = infile.create("load_test_loaded", COLUMNS);
        file.row(1, "x".repeat(201), null, null, null, null, null, null, null);
        assertThatThrownBy(() -> infile.load(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("warnings");
    }

    @Test
    void theServerGetsNoFileFromOutsideTheLoadFolder() throws Exception {
        Path outside = Files.createTempFile("not-for-the-server", ".tsv");
        try {
            Files.writeString(outside, "1\tsecret\n");
            assertThatThrownBy(() -> jdbc.update("LOAD DATA LOCAL INFILE '" + outside + "' INTO TABLE load_test_loaded"
                    + " (id, s)")).isInstanceOf(DataAccessException.class);
            assertThatThrownBy(() -> jdbc.update("LOAD DATA LOCAL INFILE '" + folder.path() + "/../" + outside.getFileName()
                    + "' INTO TABLE load_test_loaded (id, s)")).isInstanceOf(DataAccessException.class);
        } finally {
            Files.deleteIfExists(outside);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM load_test_loaded", Integer.class)).isZero();
    }

    @Test
    void theLoadFolderIsTheOwnersOnly() throws Exception {
        assertThat(Files.getPosixFilePermissions(folder.path())).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
        assertThat(Arrays.asList(folder.path().toFile().list())).isEmpty();
    }

    @Test
    void theDatabaseOfTheTestsAcceptsLoads() {
        // the import tests run through the load path only if this holds
        assertThat(infile.available("load_test_loaded")).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM load_test_loaded", Integer.class)).isZero();
    }
}
