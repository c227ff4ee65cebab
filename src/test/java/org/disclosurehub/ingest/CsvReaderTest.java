package org.disclosurehub.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How dataset files are split into rows and fields (RFC 4180), numbered as a spreadsheet shows them. */
class CsvReaderTest {

    /** A record with the number the reader gave it. */
    private record Numbered(int row, List<String> fields) {
    }

    private static List<Numbered> read(String text) throws IOException {
        List<Numbered> records = new ArrayList<>();
        try (CsvReader csv = new CsvReader(new StringReader(text))) {
            List<String> fields;
            while ((fields = csv.next()) != null) {
                records.add(new Numbered(csv.row(), fields));
            }
        }
        return records;
    }

    private static List<List<String>> fields(String text) throws IOException {
        return read(text).stream().map(Numbered::fields).toList();
    }

    @Test
    void theHeaderIsRowOneAndTheFirstRecordRowTwo() throws IOException {
        assertThat(read("code,name\nA,甲\nB,乙\n")).containsExactly(
                new Numbered(1, List.of("code", "name")),
                new Numbered(2, List.of("A", "甲")),
                new Numbered(3, List.of("B", "乙")));
    }

    @Test
    void aLeadingByteOrderMarkIsSkipped() throws IOException {
        assertThat(fields("\uFEFFcode,name\nA,甲\n")).containsExactly(List.of("code", "name"), List.of("A", "甲"));
    }

    @Test
    void aByteOrderMarkElsewhereIsText() throws IOException {
        assertThat(fields("code\n\uFEFFA\n")).containsExactly(List.of("code"), List.of("\uFEFFA"));
    }

    @Test
    void aQuotedFieldMayHoldCommas() throws IOException {
        assertThat(fields("a,b\n\"9:00-12:00, 13:00-17:00\",x\n"))
                .containsExactly(List.of("a", "b"), List.of("9:00-12:00, 13:00-17:00", "x"));
    }

    @Test
    void aDoubledQuoteInsideAQuotedFieldIsOneQuote() throws IOException {
        assertThat(fields("a\n\"依据\"\"食品安全法\"\"第35条\"\n"))
                .containsExactly(List.of("a"), List.of("依据\"食品安全法\"第35条"));
    }

    @Test
    void anEmptyFieldIsEmptyWhetherQuotedOrNot() throws IOException {
        assertThat(fields("a,b,c\n,\"\",\n")).containsExactly(List.of("a", "b", "c"), List.of("", "", ""));
    }

    @Test
    void aQuotedFieldSpanningLinesIsOneRowAndLaterRowsKeepSpreadsheetNumbers() throws IOException {
        List<Numbered> records = read("code,functions\nA,\"第一行\n第二行\n第三行\"\nB,x\nC,y\n");
        assertThat(records).containsExactly(
                new Numbered(1, List.of("code", "functions")),
                new Numbered(2, List.of("A", "第一行\n第二行\n第三行")),
                new Numbered(3, List.of("B", "x")),
                new Numbered(4, List.of("C", "y")));
    }

    @Test
    void lineBreaksInsideAQuotedFieldAreKeptAsWritten() throws IOException {
        assertThat(fields("a\r\n\"x\r\ny\"\r\n")).containsExactly(List.of("a"), List.of("x\r\ny"));
    }

    @Test
    void windowsLineEndingsEndARecordOnce() throws IOException {
        assertThat(read("a,b\r\n1,2\r\n3,4\r\n")).containsExactly(
                new Numbered(1, List.of("a", "b")),
                new Numbered(2, List.of("1", "2")),
                new Numbered(3, List.of("3", "4")));
    }

    @Test
    void theLastLineNeedNotEndWithALineBreak() throws IOException {
        assertThat(fields("a,b\n1,2")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void aBlankLineIsARowOfOneEmptyField() throws IOException {
        // The importer skips it, but it still counts in the numbering, as in a spreadsheet.
        assertThat(read("a\n\nx\n")).containsExactly(
                new Numbered(1, List.of("a")),
                new Numbered(2, List.of("")),
                new Numbered(3, List.of("x")));
    }

    @Test
    void fourByteCharactersComeThroughWhole() throws IOException {
        assertThat(fields("name\n\uD840\uDC0B田\n")).containsExactly(List.of("name"), List.of("𠀋田"));
    }

    @Test
    void aQuotedFieldThatIsNeverClosedIsReportedAtTheRowWhereItStarts() throws IOException {
        try (CsvReader csv = new CsvReader(new StringReader("a,b\n1,2\n3,\"open\n4,5\n6,7\n"))) {
            csv.next();
            csv.next();
            assertThatThrownBy(csv::next).isInstanceOfSatisfying(CsvReader.CsvFormatException.class, e -> {
                assertThat(e.row).isEqualTo(3);
                assertThat(e.getMessage()).isEqualTo("a quoted field is not closed before the end of the file");
            });
        }
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsReportedWithItsRow() throws IOException {
        try (CsvReader csv = new CsvReader(new StringReader("a,b\n1,2\n3,《条例》\"第5条\"\n"))) {
            csv.next();
            csv.next();
            assertThatThrownBy(csv::next).isInstanceOfSatisfying(CsvReader.CsvFormatException.class, e -> {
                assertThat(e.row).isEqualTo(3);
                assertThat(e.getMessage()).contains("a quote (\") inside an unquoted field");
            });
        }
    }

    @Test
    void textAfterTheClosingQuoteIsReportedWithItsRow() throws IOException {
        try (CsvReader csv = new CsvReader(new StringReader("a,b\n\"x\"y,2\n"))) {
            csv.next();
            assertThatThrownBy(csv::next).isInstanceOfSatisfying(CsvReader.CsvFormatException.class, e -> {
                assertThat(e.row).isEqualTo(2);
                assertThat(e.getMessage()).isEqualTo("text after the closing quote of a field");
            });
        }
    }

    @Test
    void aFormatErrorAfterAMultiLineFieldNamesTheSpreadsheetRow() throws IOException {
        try (CsvReader csv = new CsvReader(new StringReader("a,b\n1,\"x\ny\"\n2,z\"\n"))) {
            csv.next();
            csv.next();
            assertThatThrownBy(csv::next).isInstanceOfSatisfying(CsvReader.CsvFormatException.class,
                    e -> assertThat(e.row).isEqualTo(3));
        }
    }

    @Test
    void fieldsLongerThanTheTextOfAnyRealRecordAreRefused() {
        String huge = "a\n" + "x".repeat((1 << 20) + 1) + "\n";
        assertThatThrownBy(() -> read(huge)).isInstanceOfSatisfying(CsvReader.CsvFormatException.class, e -> {
            assertThat(e.row).isEqualTo(2);
            assertThat(e.getMessage()).contains("longer than");
        });
    }

    @Test
    void aFieldOfTheLongestLengthIsRead() throws IOException {
        String longest = "x".repeat(1 << 20);
        assertThat(fields("a,b\n" + longest + ",y\n")).containsExactly(List.of("a", "b"), List.of(longest, "y"));
    }

    @Test
    void fieldsThatCrossTheReadersBufferAreReadWhole() throws IOException {
        // the reader copies runs of characters from a 64K buffer: runs must continue across refills
        String text = "甲乙".repeat(40_000);
        String inQuotes = "丙,\"丁\"\n".repeat(20_000) + "x";
        String quoted = "\"" + inQuotes.replace("\"", "\"\"") + "\"";
        List<List<String>> read = fields("a,b,c\n" + text + "," + quoted + "," + text + "\n" + text + ",,\n");
        assertThat(read).containsExactly(List.of("a", "b", "c"), List.of(text, inQuotes, text), List.of(text, "", ""));
    }

    // ------------------------------------------------------------------- UTF-8, as files are read

    /** Bytes handed out a few at a time, so multi-byte characters are split between reads. */
    private static InputStream trickle(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            private int call;

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + call++ % 7));
            }
        };
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static CsvReader.CsvFormatException encodingErrorOf(byte[] file) {
        try (CsvReader csv = new CsvReader(new Utf8Reader(trickle(file)))) {
            while (csv.next() != null) {
                // read on until the bytes stop being text
            }
        } catch (CsvReader.CsvFormatException e) {
            assertThat(e).isInstanceOf(CsvReader.EncodingException.class);
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the file was read without an encoding error");
    }

    @Test
    void utf8SplitBetweenReadsIsDecodedExactly() throws IOException {
        StringBuilder text = new StringBuilder("name\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("𠀋田,").append(i).append('\n');
        }
        List<List<String>> fields = new ArrayList<>();
        try (CsvReader csv = new CsvReader(new Utf8Reader(trickle(utf8(text.toString()))))) {
            List<String> f;
            while ((f = csv.next()) != null) {
                fields.add(f);
            }
        }
        assertThat(fields).hasSize(20_001);
        assertThat(fields.get(20_000)).containsExactly("𠀋田", "19999");
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAtTheirRow() {
        byte[] file = concat(utf8("code,name\nA,甲\nB,乙\n"), "C,丙\n".getBytes(Charset.forName("GB18030")), utf8("D,丁\n"));
        assertThat(encodingErrorOf(file).row).isEqualTo(4);
    }

    @Test
    void bytesThatAreNotUtf8AtTheStartOfARowAreReportedAtThatRow() {
        byte[] file = concat(utf8("code,name\r\nA,甲\r\n"), new byte[] {(byte) 0xB1, (byte) 0xB1}, utf8(",乙\r\n"));
        assertThat(encodingErrorOf(file).row).isEqualTo(3);
    }

    @Test
    void bytesThatAreNotUtf8InsideAMultiLineFieldAreReportedAtTheRowOfTheRecord() {
        byte[] file = concat(utf8("code,functions\nA,\"第一行\n"), new byte[] {(byte) 0xC0, 'x'}, utf8("\"\nB,x\n"));
        assertThat(encodingErrorOf(file).row).isEqualTo(2);
    }

    @Test
    void aNonUtf8HeaderIsRowOne() {
        assertThat(encodingErrorOf("名称\n甲\n".getBytes(Charset.forName("GB18030"))).row).isEqualTo(1);
    }

    @Test
    void aCharacterCutOffAtTheEndOfTheFileIsAnEncodingError() {
        byte[] whole = utf8("code\n𠀋");
        assertThat(encodingErrorOf(java.util.Arrays.copyOf(whole, whole.length - 1)).row).isEqualTo(2);
    }

    @Test
    void anEmptyInputHasNoRows() throws IOException {
        assertThat(read("")).isEmpty();
        assertThat(read("\uFEFF")).isEmpty();
    }
}
