package dev.servicedesk.knowledge.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicedesk.knowledge.article.RevisionComparison.BodyLine;
import dev.servicedesk.knowledge.article.RevisionComparison.LineChange;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionComparisonTest {

    @Test
    void linesAreKeptRemovedOrAddedInReadingOrder() {
        assertEquals(List.of(new BodyLine(LineChange.KEPT, "a"), new BodyLine(LineChange.REMOVED, "b"),
                new BodyLine(LineChange.ADDED, "B"), new BodyLine(LineChange.KEPT, "c"),
                new BodyLine(LineChange.ADDED, "d")), RevisionComparison.lines("a\nb\nc", "a\nB\nc\nd"));
    }

    @Test
    void identicalBodiesAreAllKept() {
        assertEquals(List.of(new BodyLine(LineChange.KEPT, "x")), RevisionComparison.lines("x", "x"));
    }
}
