package org.disclosurehub.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The GraphQL documents of the write tests, in {@code src/test/resources/graphql-test/NAME.graphql}. */
public final class WriteDocuments {

    private WriteDocuments() {
    }

    public static String load(String name) {
        try (InputStream in = WriteDocuments.class.getClassLoader().getResourceAsStream("graphql-test/" + name + ".graphql")) {
            if (in == null) {
                throw new IllegalArgumentException("no document graphql-test/" + name + ".graphql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
