package org.jiedao.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitChange;
import org.jiedao.core.org.OrgUnitException;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The organisation service on the shared (embedded Derby) database of the test runtime, with
 * the seed's units: 姑苏区 → 沧浪街道 → 桂花/道前 社区 → 网格. Each test uses codes of its own.
 */
class OrgUnitServiceTest {

    private static OrgUnitService units;

    @BeforeAll
    static void service() {
        units = Services.await(OrgUnitService.class);
    }

    @Test
    void buildsTheHierarchyWithPathsAndFindsSubtrees() {
        units.create("T1", "姑苏区", OrgLevel.DISTRICT, null);
        units.create("T1-01", "沧浪街道", OrgLevel.STREET, "T1");
        units.create("T1-01-01", "桂花社区", OrgLevel.COMMUNITY, "T1-01");
        units.create("T1-01-02", "道前社区", OrgLevel.COMMUNITY, "T1-01");
        OrgUnit grid = units.create("T1-01-01-1", "桂花社区第一网格", OrgLevel.GRID, "T1-01-01");
        assertEquals("/T1/T1-01/T1-01-01/T1-01-01-1/", grid.path());
        assertEquals(Optional.of("T1-01-01"), grid.parentCode());

        List<String> subtree = units.subtree("T1-01").stream().map(OrgUnit::code).toList();
        assertEquals(List.of("T1-01", "T1-01-01", "T1-01-01-1", "T1-01-02"), subtree);
        assertTrue(units.find("T1").orElseThrow().contains(grid));
        assertEquals("T1-01-02", units.findByCodeOrName("道前社区").orElseThrow().code());
    }

    @Test
    void refusesWhatTheHierarchyDoesNotAllow() {
        units.create("T2", "相城区", OrgLevel.DISTRICT, null);
        units.create("T2-01", "元和街道", OrgLevel.STREET, "T2");
        assertMessage("T2-01", () -> units.create("T2-01", "重复", OrgLevel.STREET, "T2"));
        assertMessage("grid", () -> units.create("T2-X", "网格", OrgLevel.GRID, "T2-01"));
        assertMessage("parent", () -> units.create("T2-Y", "无上级", OrgLevel.COMMUNITY, null));
        assertMessage("NOPE", () -> units.create("T2-Z", "华元社区", OrgLevel.COMMUNITY, "NOPE"));
        assertMessage("not valid", () -> units.create("bad code!", "x", OrgLevel.DISTRICT, null));
        assertMessage("empty", () -> units.create("T2-E", "  ", OrgLevel.COMMUNITY, "T2-01"));
        assertTrue(units.find("T2-X").isEmpty(), "nothing written by a refused change");
    }

    @Test
    void renameAndMoveKeepAHistoryAndMoveTheWholeSubtree() {
        units.create("T3", "相城区", OrgLevel.DISTRICT, null);
        units.create("T3-01", "元和街道", OrgLevel.STREET, "T3");
        units.create("T3-02", "北河泾街道", OrgLevel.STREET, "T3");
        units.create("T3-01-01", "华辰嘉园社区", OrgLevel.COMMUNITY, "T3-01");
        units.create("T3-01-01-1", "第一网格", OrgLevel.GRID, "T3-01-01");

        units.rename("T3-01-01", "华辰嘉园");
        OrgUnit moved = units.move("T3-01-01", "T3-02");
        assertEquals("/T3/T3-02/T3-01-01/", moved.path());
        assertEquals("/T3/T3-02/T3-01-01/T3-01-01-1/", units.find("T3-01-01-1").orElseThrow().path(),
                "units below a moved unit move with it");
        assertEquals(List.of("T3-02", "T3-01-01", "T3-01-01-1"), units.subtree("T3-02").stream().map(OrgUnit::code).toList());

        List<OrgUnitChange> history = units.history("T3-01-01");
        assertEquals(List.of(OrgUnitChange.Kind.CREATED, OrgUnitChange.Kind.RENAMED, OrgUnitChange.Kind.MOVED),
                history.stream().map(OrgUnitChange::kind).toList());
        assertEquals("华辰嘉园社区", history.get(1).oldValue());
        assertEquals("华辰嘉园", history.get(1).newValue());
        assertEquals("T3-01", history.get(2).oldValue());
        assertEquals("T3-02", history.get(2).newValue());
        assertTrue(history.get(2).by().length() > 0);

        assertMessage("below itself", () -> units.move("T3-02", "T3-01-01"));
    }

    private static void assertMessage(String fragment, org.junit.jupiter.api.function.Executable change) {
        OrgUnitException e = assertThrows(OrgUnitException.class, change);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
