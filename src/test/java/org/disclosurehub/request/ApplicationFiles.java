package org.disclosurehub.request;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.disclosurehub.ingest.ResidentId;

/**
 * Writes disclosure_requests.csv and request_events.csv (DATASET.md) for tests, beside the files
 * a {@code DatasetBuilder} wrote. Row numbers are as a spreadsheet shows them: the first
 * application or event is row 2.
 */
public final class ApplicationFiles {

    public static final String REQUESTS = "disclosure_requests.csv";
    public static final String EVENTS = "request_events.csv";
    /** A fictional applicant: name, resident ID (valid check character) and contact. */
    public static final String NAME = "柯雨桐";
    public static final String ID_NO = "11010519850317" + "402" + ResidentId.checkCharacter("11010519850317402");
    public static final String CONTACT = "手机：130-0000-5821";
    public static final String QUERY_CODE = "QWERTYUPASDFGHJK";

    private final List<String> requests = new ArrayList<>();
    private final List<String> events = new ArrayList<>();

    /** An application by the fictional natural person, submitted at 09:00 Beijing time on {@code day}. */
    public ApplicationFiles application(String trackingNo, String agencyCode, String day, boolean publicRegister) {
        return application(trackingNo, agencyCode, "NATURAL_PERSON", NAME, ID_NO, day + "T09:00:00+08:00", QUERY_CODE,
                publicRegister);
    }

    public ApplicationFiles application(String trackingNo, String agencyCode, String type, String name, String idNo,
            String submittedAt, String queryCode, boolean publicRegister) {
        requests.add(String.join(",", trackingNo, agencyCode, type, name, idNo, CONTACT,
                "申请公开" + trackingNo + "所涉道路改造工程的立项批复。", "ELECTRONIC", "EMAIL", "ONLINE", submittedAt,
                queryCode, String.valueOf(publicRegister)));
        return this;
    }

    /** An event at 10:00 Beijing time plus {@code minute} minutes. */
    public ApplicationFiles event(String trackingNo, String day, String kind, String outcome, String detail) {
        String minute = String.format("%02d", events.size() % 60);
        events.add(String.join(",", trackingNo, day + "T10:" + minute + ":00+08:00", kind, outcome, quote(detail)));
        return this;
    }

    public ApplicationFiles event(String trackingNo, String day, String kind) {
        return event(trackingNo, day, kind, "", "");
    }

    private static String quote(String v) {
        return v.isEmpty() ? v : "\"" + v.replace("\"", "\"\"") + "\"";
    }

    public Path writeTo(Path dir) {
        try {
            Files.write(dir.resolve(REQUESTS), lines("tracking_no,agency_code,applicant_type,applicant_name,"
                    + "applicant_id_no,applicant_contact,description,format,delivery,channel,submitted_at,query_code,"
                    + "public_register", requests), StandardCharsets.UTF_8);
            Files.write(dir.resolve(EVENTS), lines("tracking_no,at,kind,outcome,detail", events), StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String header, List<String> rows) {
        List<String> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }
}
