package org.disclosurehub.request.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.disclosurehub.graphql.HubException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/annual-report.csv?year=2025&agencyCode=…} (or {@code &district=朝阳区}): the
 * annual report's tables as one CSV file (UTF-8 with a BOM, so spreadsheet programs read the
 * Chinese text), section by section, as the printed report lays them out.
 */
@RestController
class AnnualReportCsv {

    private final AnnualReports reports;

    AnnualReportCsv(AnnualReports reports) {
        this.reports = reports;
    }

    @GetMapping(value = "/api/annual-report.csv")
    ResponseEntity<byte[]> csv(@RequestParam int year, @RequestParam(required = false) String agencyCode,
            @RequestParam(required = false) String district) {
        AnnualReport report;
        try {
            report = reports.report(year, agencyCode, district);
        } catch (HubException e) {
            return ResponseEntity.status(e.code() == org.disclosurehub.graphql.ErrorCode.NOT_FOUND ? 404 : 400)
                    .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body((e.code() + ": " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] body = ("\uFEFF" + render(report)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("annual-report-" + year + ".csv", StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    static String render(AnnualReport r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("政府信息公开工作年度报告", r.scope(), String.valueOf(r.year()), "统计截止日 " + r.asOf()));
        rows.add(List.of());
        rows.add(List.of("二、主动公开政府信息情况"));
        rows.add(List.of("条款", "内容", "数量", "说明"));
        for (AnnualReport.ProactiveRow p : r.proactiveDisclosure()) {
            rows.add(List.of(p.item(), p.label(), p.count() == null ? "" : String.valueOf(p.count()), p.note()));
        }
        rows.add(List.of());
        rows.add(List.of("三、收到和处理政府信息公开申请情况"));
        rows.add(List.of("行次", "项目", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"));
        for (AnnualReport.ApplicationRow a : r.applications()) {
            List<String> row = new ArrayList<>(List.of(a.code(), a.label()));
            for (long c : a.cells()) {
                row.add(String.valueOf(c));
            }
            row.add(String.valueOf(a.total()));
            rows.add(row);
        }
        rows.add(List.of());
        rows.add(List.of("四、政府信息公开行政复议、行政诉讼情况"));
        rows.add(List.of("类型", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"));
        for (AnnualReport.ReviewRow v : r.reviews()) {
            rows.add(List.of(v.label(), String.valueOf(v.upheld()), String.valueOf(v.corrected()), String.valueOf(v.other()),
                    String.valueOf(v.pending()), String.valueOf(v.total())));
        }
        rows.add(List.of());
        rows.add(List.of("校验", "结果", "说明"));
        for (AnnualReport.Check c : r.checks()) {
            rows.add(List.of(c.name(), c.holds() ? "通过" : "不通过", c.detail()));
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(quote(row.get(i)));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static String quote(String v) {
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
