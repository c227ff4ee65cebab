package org.disclosurehub.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.disclosurehub.graphql.ErrorCode;
import org.disclosurehub.graphql.HubException;
import org.disclosurehub.security.AuditTrail;
import org.disclosurehub.security.Caller;
import org.disclosurehub.security.Role;
import org.disclosurehub.security.WriteAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * {@code POST /api/import}: a dataset over HTTP, one multipart file per CSV file of the contract,
 * each named after its file ({@code -F agencies.csv=@agencies.csv}). The same import as the
 * command line's, all or nothing with every bad row listed, limited to the uploader's agency and
 * its enforcement teams (ADMIN: any). Answers the import report as JSON: 200 imported, 422
 * rejected (nothing written); other failures carry a GraphQL-shaped error with
 * {@code extensions.code}: 400, 401, 403 (with the rows outside the agency), 413, 500.
 *
 * <p>Audited twice: the request (its files' SHA-256) before anything is written, so a write is
 * never without its actor even if the second entry cannot be made, then the outcome.
 */
@RestController
class ImportController {

    private static final Logger log = LoggerFactory.getLogger(ImportController.class);

    private final DatasetImporter importer;
    private final ImportScope scope;
    private final WriteAccess access;
    private final AuditTrail audit;

    ImportController(DatasetImporter importer, ImportScope scope, WriteAccess access, AuditTrail audit) {
        this.importer = importer;
        this.scope = scope;
        this.access = access;
        this.audit = audit;
    }

    @PostMapping(path = "/api/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> upload(MultipartHttpServletRequest request) throws IOException {
        Caller caller = access.require(Role.PUBLISHER, null);
        Map<String, MultipartFile> files = files(request.getMultiFileMap());
        if (files.isEmpty()) {
            throw HubException.badInput("Send the dataset's CSV files as multipart files named after them, e.g."
                    + " -F agencies.csv=@agencies.csv.");
        }
        UploadedDataset dataset = new UploadedDataset("upload by token " + caller.tokenId() + ": "
                + String.join(", ", files.keySet()), files);
        if (caller.role() != Role.ADMIN) {
            ImportScope.Verdict verdict = scope.check(caller, dataset);
            if (!verdict.unreadable().isEmpty()) {
                return ResponseEntity.unprocessableEntity().body(new ImportReport(dataset.description(), false, List.of(),
                        verdict.unreadable(), verdict.unreadable().size(), 0));
            }
            if (!verdict.ok()) {
                return error(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN, verdict.count() + " row(s) or file(s) are not"
                        + " records of agency " + caller.agencyCode() + " or its enforcement teams; nothing was written.",
                        Map.of("rows", verdict.outOfScope()));
            }
        }
        String digest = digest(files);
        Map<String, Object> sent = new LinkedHashMap<>();
        files.forEach((name, f) -> sent.put(name, AuditTrail.plain(f.getSize() + " bytes")));
        audit.record("IMPORT_REQUESTED", "dataset", digest, caller.agencyCode(), Map.of(), sent);
        ImportReport report;
        try {
            report = importer.importDataset(dataset, false);
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            log.error("Import {} failed while writing ({}); the transaction rolled back", incident, e.getClass().getName());
            audit.record("IMPORT_FAILED", "dataset", digest, caller.agencyCode(), Map.of(),
                    Map.of("incident", AuditTrail.plain(incident)));
            return error(HttpStatus.INTERNAL_SERVER_ERROR, ErrorCode.INTERNAL, "Writing failed; nothing was written."
                    + " Try again; incident " + incident + ".", Map.of());
        }
        Map<String, Object> outcome = new LinkedHashMap<>();
        report.files().forEach(f -> outcome.put(f.file(), AuditTrail.plain(f.rows() + " rows"
                + (f.written() >= 0 ? ", " + f.written() + " new or changed" : ""))));
        if (!report.imported()) {
            outcome.put("problems", AuditTrail.plain(report.errorCount()));
        }
        audit.record(report.imported() ? "IMPORTED" : "IMPORT_REJECTED", "dataset", digest, caller.agencyCode(), Map.of(),
                outcome);
        return report.imported() ? ResponseEntity.ok(report) : ResponseEntity.unprocessableEntity().body(report);
    }

    /** The uploaded files by name: the part's name if it is a file of the contract, else the file's own name. */
    private static Map<String, MultipartFile> files(MultiValueMap<String, MultipartFile> parts) {
        Map<String, MultipartFile> files = new TreeMap<>();
        parts.forEach((part, list) -> list.forEach(f -> {
            String name = part.endsWith(".csv") ? part : f.getOriginalFilename();
            if (name == null || name.isBlank()) {
                throw HubException.badInput("A multipart file has no name: name each part after its CSV file.");
            }
            if (files.putIfAbsent(name, f) != null) {
                throw HubException.badInput(name + " was sent twice.");
            }
        }));
        return files;
    }

    /** SHA-256 over the files in name order: the same upload has the same digest in the audit trail. */
    private static String digest(Map<String, MultipartFile> files) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, MultipartFile> f : files.entrySet()) {
                sha.update(f.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = f.getValue().getInputStream()) {
                    byte[] buffer = new byte[1 << 16];
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        sha.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @ExceptionHandler(HubException.class)
    ResponseEntity<Object> refused(HubException e) {
        HttpStatus status = switch (e.code()) {
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case BAD_USER_INPUT -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
        return error(status, e.code(), e.getMessage(), Map.of());
    }

    /** A GraphQL-shaped error, as /graphql answers: {@code {"errors":[{"message":…,"extensions":{"code":…}}]}}. */
    static ResponseEntity<Object> error(HttpStatus status, ErrorCode code, String message, Map<String, Object> more) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        extensions.putAll(more);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("errors", List.of(Map.of("message", message, "extensions", extensions))));
    }
}
