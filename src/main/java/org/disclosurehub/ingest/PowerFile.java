package org.disclosurehub.ingest;

import java.time.LocalDate;
import java.util.List;

import org.disclosurehub.agency.AgencyKind;
import org.disclosurehub.power.Power;
import org.disclosurehub.power.PowerCategory;
import org.disclosurehub.power.PowerHistoryWriter;
import org.disclosurehub.power.PowerStatus;

/** powers.csv: items of agencies' powers lists. Writing records what each changed in its history. */
final class PowerFile extends RecordFile<Power> {

    private final PowerHistoryWriter writer;

    PowerFile(PowerHistoryWriter writer) {
        this.writer = writer;
    }

    @Override
    String name() {
        return "powers.csv";
    }

    @Override
    List<String> columns() {
        return List.of("code", "agency_code", "name", "category", "legal_basis", "responsibility", "random_inspection",
                "discretion_standard", "status", "effective_from", "effective_to");
    }

    @Override
    Power parse(Row row, ImportContext context) {
        String code = row.required("code", 64);
        String agencyCode = row.uscc("agency_code", true);
        String name = row.required("name", 500);
        PowerCategory category = row.enumValue("category", PowerCategory.class, true);
        Boolean random = row.bool("random_inspection", true, false);
        PowerStatus status = row.enumValue("status", PowerStatus.class, true);
        LocalDate from = row.date("effective_from", true);
        LocalDate to = row.date("effective_to", false);
        if (agencyCode != null) {
            AgencyKind kind = context.kind(agencyCode);
            if (kind == null) {
                row.error("agency_code", "no agency with code " + agencyCode + " in agencies.csv or already imported");
            } else if (kind == AgencyKind.ENFORCEMENT_TEAM) {
                row.error("agency_code", "an ENFORCEMENT_TEAM holds no powers of its own: list the item under the street"
                        + " office or township it acts for");
            }
        }
        if (status == PowerStatus.REPEALED && row.raw("effective_to") == null) {
            row.error("effective_to", "is required for a REPEALED item: the day it ceased to apply");
        }
        if (from != null && to != null && to.isBefore(from)) {
            row.error("effective_to", "is before effective_from (" + from + ")");
        }
        Power power = new Power(code, agencyCode, name, category, row.text("legal_basis", 20_000),
                row.text("responsibility", 20_000), Boolean.TRUE.equals(random), row.text("discretion_standard", 20_000),
                status, from, to);
        return row.ok() ? power : null;
    }

    @Override
    String key(Power record) {
        return record.code();
    }

    @Override
    void register(Power power, int row, ImportContext context) {
        context.powers().add(power.code());
    }

    @Override
    int write(List<Power> batch, ImportContext context) {
        return writer.write(batch, context.source);
    }
}
