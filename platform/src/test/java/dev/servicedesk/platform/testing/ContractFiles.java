package dev.servicedesk.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/** A directory of event contracts on the test classpath (a producer's published one, or a consumer's copy). */
final class ContractFiles {

    private final String directory;
    private final ClassLoader classLoader;

    private ContractFiles(String directory, ClassLoader classLoader) {
        this.directory = directory.endsWith("/") ? directory.substring(0, directory.length() - 1) : directory;
        this.classLoader = classLoader;
    }

    static ContractFiles in(String directory) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return new ContractFiles(directory, context != null ? context : ContractFiles.class.getClassLoader());
    }

    String directory() {
        return directory;
    }

    Optional<String> read(String relativePath) {
        try (InputStream file = classLoader.getResourceAsStream(directory + "/" + relativePath)) {
            return file == null ? Optional.empty() : Optional.of(new String(file.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + directory + "/" + relativePath, e);
        }
    }

    Optional<JsonNode> readJson(ObjectMapper mapper, String relativePath) {
        return read(relativePath).map(text -> {
            try {
                return mapper.readTree(text);
            } catch (IOException e) {
                throw new AssertionError(directory + "/" + relativePath + " is not readable: " + e.getMessage(), e);
            }
        });
    }

    /** The names of the files directly inside {@code subdirectory}, across every classpath entry that has it. */
    SortedSet<String> list(String subdirectory) {
        String location = directory + "/" + subdirectory;
        SortedSet<String> names = new TreeSet<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(location))) {
                if (!"file".equals(url.getProtocol())) {
                    throw new IllegalStateException("Cannot list " + url + ": contracts are read from a directory of"
                            + " the module's own (test) resources");
                }
                names.addAll(filesIn(Path.of(url.toURI())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + location, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Could not list " + location, e);
        }
        return names;
    }

    private static SortedSet<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .collect(TreeSet::new, TreeSet::add, TreeSet::addAll);
        }
    }
}
