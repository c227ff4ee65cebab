package org.disclosurehub.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** A dataset in a folder on disk. Sub-folders (such as gen.py's keys) and non-CSV files are not part of it. */
public record FolderDataset(Path folder) implements Dataset {

    @Override
    public String description() {
        return folder.toAbsolutePath().normalize().toString();
    }

    @Override
    public Set<String> csvFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> names = new TreeSet<>();
            files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")).forEach(names::add);
            return names;
        }
    }

    @Override
    public InputStream open(String file) throws IOException {
        return Files.newInputStream(folder.resolve(file));
    }
}
