package dev.servicedesk.systemtest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every script the READMEs tell people to run exists and can be run as written: a fresh clone keeps the modes git
 * holds, and a script committed without its execute bit answers "Permission denied" to the README's command.
 */
class ReadmeScriptsTest {

    private static final Pattern SCRIPT = Pattern.compile("(?:deploy|\\.ci)/[A-Za-z0-9_./-]+?(?:\\.sh|/run)\\b");
    private static final Set<String> READMES = Set.of("README.md", "intake-service/README.md",
            "workorder-service/README.md", "knowledge-service/README.md", "reporting-service/README.md");

    @Test
    void everyScriptTheReadmesNameIsThereAndExecutable() {
        Set<String> scripts = new TreeSet<>();
        for (String readme : READMES) {
            Matcher named = SCRIPT.matcher(LocalStack.read(readme));
            while (named.find()) {
                if (!named.group().startsWith("deploy/lib/")) {
                    scripts.add(named.group());
                }
            }
        }
        assertFalse(scripts.isEmpty(), "the READMEs name no script");
        for (String script : scripts) {
            Path file = LocalStack.root().resolve(script);
            assertTrue(Files.isRegularFile(file), script + " is named in a README but does not exist");
            assertTrue(Files.isExecutable(file), script + " is named in a README but is not executable");
        }
    }
}
