package dev.servicedesk.systemtest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.systemtest.Answers.Answer;
import dev.servicedesk.systemtest.Answers.Call;
import dev.servicedesk.systemtest.BadInputCases.Case;
import dev.servicedesk.systemtest.BadInputCases.Fixtures;
import dev.servicedesk.systemtest.OpenApiDocument.Operation;
import dev.servicedesk.systemtest.SuiteProcesses.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input, generated from each running service's own OpenAPI document, for every operation it declares: path ids
 * that do not exist, are malformed or belong to another partner; query parameters and body fields missing, unknown,
 * of the wrong type, empty, huge or far in time; broken JSON and the wrong content types. Whatever the input, no
 * answer is a 5xx, every 4xx is a problem+json, and no body shows a stack trace, a class name or SQL. The report (per
 * operation: cases and statuses seen) goes to target/bad-input-report.md.
 */
@ExtendWith(SuiteProcesses.class)
class BadInputIT {

    private static final int AT_LEAST = 2_000;

    @Test
    void noBadInputToAnyOperationGetsA5xxOrAnythingButAProblemThatShowsNothingInternal() throws IOException {
        long begun = System.nanoTime();
        RoleTokens tokens = RoleTokens.fromKeycloak();
        SuiteFixtures.CatalogueBranch branch = SuiteFixtures.aCatalogueBranch(tokens.of("supervisor"));
        Fixtures fixtures = Fixtures.of(branch,
                SuiteFixtures.aPartnerAction(tokens.of("partner"), tokens.of("agent"), branch.problemCode()));

        List<Case> cases = new ArrayList<>();
        for (Service service : Service.values()) {
            OpenApiDocument document = OpenApiDocument.of(service);
            for (Operation operation : document.operations()) {
                String token = tokens.allowedFor(operation);
                cases.addAll(BadInputCases.of(operation, document, fixtures, token, tokens.otherPartner(),
                        ifMatchOf(operation, fixtures, token)));
            }
        }
        System.out.printf("bad input: fixtures and %d cases ready in %d s%n", cases.size(),
                (System.nanoTime() - begun) / 1_000_000_000);
        long started = System.nanoTime();
        List<Answer> answers = Answers.send(cases, BadInputIT::call);
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        SuiteFixtures.awaitNoRebuildRunning(tokens.of("admin"));

        List<String> failures = new ArrayList<>();
        Map<String, Map<Integer, Integer>> statuses = new LinkedHashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            Case sent = cases.get(i);
            Answer answer = answers.get(i);
            statuses.computeIfAbsent(key(sent.operation()), k -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
            List<String> faults = new ArrayList<>(Answers.faultsOf(answer));
            if (!sent.expected().isEmpty() && !sent.expected().contains(answer.status())) {
                faults.add("status " + answer.status() + ", expected one of " + sent.expected());
            }
            if (!faults.isEmpty()) {
                failures.add(key(sent.operation()) + " [" + sent.kind() + "]: " + String.join("; ", faults) + " — "
                        + excerpt(answer.body()));
            }
        }
        String report = report(cases, statuses, failures, seconds);
        Path file = Environment.repositoryRoot().resolve("deploy/system-tests/target/bad-input-report.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report.substring(0, report.indexOf("## Per operation")));

        assertTrue(cases.size() >= AT_LEAST, "only " + cases.size() + " cases generated");
        assertTrue(failures.isEmpty(), () -> failures.size() + " of " + cases.size() + " cases failed (report: "
                + file + "):\n  " + failures.stream().limit(60).collect(Collectors.joining("\n  ")));
    }

    private static Call call(Case sent) {
        String url = SuiteProcesses.baseUrl(sent.operation().service()) + sent.path()
                + (sent.query().isEmpty() ? "" : "?" + sent.query());
        return new Call(sent.method(), url, sent.headers(), sent.body(), sent.token());
    }

    /** The current ETag of the resource a changing operation's path names, so that its bodies reach its rules. */
    private static Map<String, String> ifMatchOf(Operation operation, Fixtures fixtures, String token) {
        if (operation.in("header").stream().noneMatch(p -> p.name().equals("If-Match"))) {
            return Map.of();
        }
        String path = BadInputCases.concretePath(operation, fixtures, Map.of());
        String resource = path.substring(0, path.lastIndexOf('/'));
        for (String candidate : List.of(path, resource)) {
            Answer answer = Answers.send(new Call("GET", SuiteProcesses.baseUrl(operation.service()) + candidate,
                    Map.of(), null, token));
            if (answer.status() == 200 && answer.etag() != null) {
                return Map.of("If-Match", answer.etag());
            }
        }
        return Map.of();
    }

    private static String key(Operation operation) {
        return operation.service().module + " " + operation.name();
    }

    private static String report(List<Case> cases, Map<String, Map<Integer, Integer>> statuses, List<String> failures,
            long seconds) {
        Map<Service, Long> perService = cases.stream().collect(Collectors.groupingBy(c -> c.operation().service(),
                () -> new EnumMap<>(Service.class), Collectors.counting()));
        Map<Service, Long> operations = cases.stream().map(Case::operation).distinct().collect(Collectors.groupingBy(
                Operation::service, () -> new EnumMap<>(Service.class), Collectors.counting()));
        StringBuilder text = new StringBuilder("# Bad input: generated from the services' OpenAPI documents\n\n");
        text.append("| service | operations | cases |\n|---|---:|---:|\n");
        perService.forEach((service, count) -> text.append("| ").append(service.module).append(" | ")
                .append(operations.get(service)).append(" | ").append(count).append(" |\n"));
        text.append("| total | ").append(operations.values().stream().mapToLong(Long::longValue).sum()).append(" | ")
                .append(cases.size()).append(" |\n\n");
        text.append(failures.size()).append(" failed; sent in ").append(seconds).append(" s\n\n");
        text.append("## Per operation\n\n| operation | cases | statuses seen |\n|---|---:|---|\n");
        statuses.forEach((operation, seen) -> text.append("| ").append(operation).append(" | ")
                .append(seen.values().stream().mapToInt(Integer::intValue).sum()).append(" | ")
                .append(seen.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
                        .collect(Collectors.joining(" ")))
                .append(" |\n"));
        if (!failures.isEmpty()) {
            text.append("\n## Failures\n\n");
            failures.forEach(failure -> text.append("- ").append(failure).append('\n'));
        }
        return text.toString();
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
