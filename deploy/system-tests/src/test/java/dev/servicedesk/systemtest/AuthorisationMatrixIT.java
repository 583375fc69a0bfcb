package dev.servicedesk.systemtest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.systemtest.Answers.Answer;
import dev.servicedesk.systemtest.Answers.Call;
import dev.servicedesk.systemtest.BadInputCases.Fixtures;
import dev.servicedesk.systemtest.OpenApiDocument.Operation;
import dev.servicedesk.systemtest.SuiteProcesses.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of every service's OpenAPI document, called with no token, with a token of each realm role and with
 * another partner's token on a partner's own resources, answers as the document's security requirement declares: no
 * token 401; a role it does not list 403; a role it lists neither; another partner 404 or 403 (or 400 for a body
 * refused before the resource is looked up). The matrix goes to target/authorisation-matrix.md.
 */
@ExtendWith(SuiteProcesses.class)
class AuthorisationMatrixIT {

    private static final String NO_TOKEN = "no token";

    /** One cell of the matrix: an operation called as someone. */
    private record Cell(Operation operation, String caller, String path, String token, Set<Integer> expected,
            Set<Integer> refused) {

        String verdict(Answer answer) {
            if (!expected.isEmpty() && !expected.contains(answer.status())) {
                return "expected " + expected.stream().map(String::valueOf).collect(Collectors.joining(" or "));
            }
            if (refused.contains(answer.status())) {
                return "expected neither 401 nor 403";
            }
            return null;
        }
    }

    @Test
    void everyOperationAnswersEveryRoleAsItsDocumentDeclares() throws IOException {
        RoleTokens tokens = RoleTokens.fromKeycloak();
        SuiteFixtures.CatalogueBranch branch = SuiteFixtures.aCatalogueBranch(tokens.of("supervisor"));
        Fixtures fixtures = Fixtures.of(branch,
                SuiteFixtures.aPartnerAction(tokens.of("partner"), tokens.of("agent"), branch.problemCode()));

        List<Cell> cells = new ArrayList<>();
        for (Service service : Service.values()) {
            for (Operation operation : OpenApiDocument.of(service).operations()) {
                cells.addAll(row(operation, fixtures, tokens));
            }
        }
        List<Answer> answers = Answers.send(cells, cell -> new Call(cell.operation().method(),
                SuiteProcesses.baseUrl(cell.operation().service()) + cell.path(), Map.of(), null, cell.token()));

        List<String> failures = new ArrayList<>();
        StringBuilder matrix = new StringBuilder("# Authorisation matrix: every operation × every role\n\n");
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            Answer answer = answers.get(i);
            List<String> faults = new ArrayList<>(Answers.faultsOf(answer));
            String verdict = cell.verdict(answer);
            if (verdict != null) {
                faults.add("status " + answer.status() + ", " + verdict);
            }
            matrix.append("- ").append(cell.operation().service().module).append(' ')
                    .append(cell.operation().name()).append(" as ").append(cell.caller()).append(": ")
                    .append(answer.status()).append(faults.isEmpty() ? "" : " ✗ " + String.join("; ", faults))
                    .append('\n');
            if (!faults.isEmpty()) {
                failures.add(cell.operation().service().module + " " + cell.operation().name() + " as "
                        + cell.caller() + ": " + String.join("; ", faults));
            }
        }
        SuiteFixtures.awaitNoRebuildRunning(tokens.of("admin"));

        long operations = cells.stream().map(Cell::operation).distinct().count();
        String summary = operations + " operations, " + cells.size() + " calls, " + failures.size() + " failed";
        Path file = Environment.repositoryRoot().resolve("deploy/system-tests/target/authorisation-matrix.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, matrix.insert(matrix.indexOf("\n\n") + 2, summary + "\n\n").toString());
        System.out.println("authorisation matrix: " + summary);
        assertTrue(failures.isEmpty(), () -> summary + " (matrix: " + file + "):\n  " + String.join("\n  ", failures));
    }

    private static List<Cell> row(Operation operation, Fixtures fixtures, RoleTokens tokens) {
        String path = BadInputCases.concretePath(operation, fixtures, Map.of());
        List<Cell> row = new ArrayList<>();
        row.add(new Cell(operation, NO_TOKEN, path, null, operation.access().open() ? Set.of() : Set.of(401),
                operation.access().open() ? Set.of(401, 403) : Set.of()));
        tokens.byRole().forEach((role, token) -> row.add(operation.access().allows(role)
                ? new Cell(operation, role, path, token, Set.of(), Set.of(401, 403))
                : new Cell(operation, role, path, token, Set.of(403), Set.of())));
        if (operation.access().allows("partner") && !operation.access().open()
                && BadInputCases.touchesPartnerResource(operation, fixtures)) {
            row.add(new Cell(operation, RoleTokens.OTHER_PARTNER, path, tokens.otherPartner(),
                    BadInputCases.anotherPartnersAnswers(operation), Set.of()));
        }
        return row;
    }
}
