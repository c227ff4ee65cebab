package org.disclosurehub.request.report;

import java.time.LocalDate;
import java.util.List;

import org.disclosurehub.request.ReviewKind;

/** The annual report's tables (GraphQL {@code AnnualReport}). */
public record AnnualReport(int year, String scope, List<String> agencyCodes, LocalDate asOf,
        List<ProactiveRow> proactiveDisclosure, List<ApplicationRow> applications, List<ReviewRow> reviews,
        List<Check> checks) {

    /** A row of section 二; {@code count} null where the hub holds no such records. */
    public record ProactiveRow(String item, String label, Long count, String note) {
    }

    /** A row of section 三: counts per applicant column (in {@code ApplicantType} order) and their total. */
    public record ApplicationRow(String code, String label, boolean subtotal, long[] cells) {

        public long naturalPerson() {
            return cells[0];
        }

        public long commercialEnterprise() {
            return cells[1];
        }

        public long researchInstitution() {
            return cells[2];
        }

        public long socialWelfareOrg() {
            return cells[3];
        }

        public long legalServiceOrg() {
            return cells[4];
        }

        public long otherOrg() {
            return cells[5];
        }

        public long total() {
            long t = 0;
            for (long c : cells) {
                t += c;
            }
            return t;
        }
    }

    /** A row of section 四. */
    public record ReviewRow(ReviewKind kind, String label, long upheld, long corrected, long other, long pending) {

        public long total() {
            return upheld + corrected + other + pending;
        }
    }

    /** A built-in check of the table. */
    public record Check(String name, boolean holds, String detail) {
    }
}
