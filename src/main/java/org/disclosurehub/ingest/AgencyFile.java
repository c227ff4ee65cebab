package org.disclosurehub.ingest;

import java.util.ArrayList;
import java.util.List;

import org.disclosurehub.agency.Agency;
import org.disclosurehub.agency.AgencyKind;
import org.disclosurehub.agency.AgencyRef;
import org.disclosurehub.agency.AgencyRepository;

/**
 * agencies.csv. An enforcement team (综合行政执法队) must name the street office or township it
 * works for; parents may come later in the same file, so they are checked after the whole file.
 */
final class AgencyFile extends RecordFile<Agency> {

    private final AgencyRepository agencies;
    private final List<ParentReference> parents = new ArrayList<>();

    AgencyFile(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    private record ParentReference(int row, String code, AgencyKind kind, String parentCode) {
    }

    @Override
    String name() {
        return "agencies.csv";
    }

    @Override
    List<String> columns() {
        return List.of("code", "name", "kind", "parent_code", "district", "address", "office_hours", "consult_phone",
                "supervision_phone", "website", "functions");
    }

    @Override
    Agency parse(Row row, ImportContext context) {
        String code = row.uscc("code", true);
        String name = row.required("name", 200);
        AgencyKind kind = row.enumValue("kind", AgencyKind.class, true);
        String parent = row.uscc("parent_code", false);
        String district = row.required("district", 50);
        Agency agency = new Agency(code, name, kind, parent, district, row.text("address", 500),
                row.text("office_hours", 500), row.text("consult_phone", 100), row.text("supervision_phone", 100),
                row.text("website", 500), row.text("functions", 20_000));
        if (kind == AgencyKind.ENFORCEMENT_TEAM && row.raw("parent_code") == null) {
            row.error("parent_code", "is required for an ENFORCEMENT_TEAM: the street office or township it acts for");
        }
        if (code != null && code.equals(parent)) {
            row.error("parent_code", "an agency cannot be its own parent");
        }
        return row.ok() ? agency : null;
    }

    @Override
    String key(Agency record) {
        return record.code();
    }

    @Override
    void register(Agency agency, int row, ImportContext context) {
        context.refs().put(agency.code(), new AgencyRef(agency.kind(), agency.parentCode(), agency.district()));
        if (agency.parentCode() != null) {
            parents.add(new ParentReference(row, agency.code(), agency.kind(), agency.parentCode()));
        }
    }

    @Override
    void afterFile(ImportContext context, ErrorSink errors) {
        for (ParentReference ref : parents) {
            AgencyKind parentKind = context.kind(ref.parentCode());
            if (parentKind == null) {
                errors.add(name(), ref.row(), "parent_code", "no agency with code " + ref.parentCode()
                        + " in this file or already imported");
            } else if (ref.kind() == AgencyKind.ENFORCEMENT_TEAM && !parentKind.canHaveEnforcementTeam()) {
                errors.add(name(), ref.row(), "parent_code", "an ENFORCEMENT_TEAM works for a STREET_OFFICE or TOWNSHIP, but "
                        + ref.parentCode() + " is a " + parentKind);
            }
        }
        parents.clear();
    }

    @Override
    int write(List<Agency> batch, ImportContext context) {
        agencies.upsert(batch);
        return NOT_COUNTED;
    }
}
