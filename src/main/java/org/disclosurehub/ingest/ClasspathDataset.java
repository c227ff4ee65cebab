package org.disclosurehub.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;

/** The seed dataset packaged inside the jar, so the hub seeds itself wherever it is started from. */
public record ClasspathDataset(String location) implements Dataset {

    @Override
    public String description() {
        return "classpath:" + location;
    }

    @Override
    public Set<String> csvFiles() {
        Set<String> names = new LinkedHashSet<>();
        for (String file : DatasetFiles.ORDER) {
            if (getClass().getClassLoader().getResource(location + "/" + file) != null) {
                names.add(file);
            }
        }
        return names;
    }

    @Override
    public InputStream open(String file) throws IOException {
        InputStream in = getClass().getClassLoader().getResourceAsStream(location + "/" + file);
        if (in == null) {
            throw new FileNotFoundException(description() + "/" + file);
        }
        return in;
    }
}
