package org.disclosurehub.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.multipart.MultipartFile;

/**
 * A dataset sent to {@code POST /api/import}: one multipart file per CSV file, named after it.
 * The importer reads each file twice (check, then write); a multipart file can be opened again.
 *
 * @param description where it came from, for the import log (e.g. the token that sent it)
 */
record UploadedDataset(String description, Map<String, MultipartFile> files) implements Dataset {

    @Override
    public Set<String> csvFiles() {
        return new TreeSet<>(files.keySet());
    }

    @Override
    public InputStream open(String file) throws IOException {
        MultipartFile f = files.get(file);
        if (f == null) {
            throw new FileNotFoundException(file);
        }
        return f.getInputStream();
    }
}
