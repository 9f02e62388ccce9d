package org.jiedao.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.CommandLine;
import org.jiedao.core.cli.ExitCode;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private static final Set<String> VALUED = Set.of("format", "year");
    private static final Set<String> FLAGS = Set.of("dry-run");

    @Test
    void separatesPositionalArgumentsOptionsAndFlags() throws CommandException {
        CommandLine line = CommandLine.parse(List.of("list", "--format", "tsv", "--dry-run", "x", "--year=2021"), VALUED, FLAGS);
        assertEquals(List.of("list", "x"), line.positional());
        assertEquals(Optional.of("tsv"), line.option("format"));
        assertEquals(Optional.of("2021"), line.option("year"));
        assertTrue(line.flag("dry-run"));
        assertFalse(line.flag("other"));
    }

    @Test
    void doubleDashEndsTheOptions() throws CommandException {
        CommandLine line = CommandLine.parse(List.of("import", "--", "--format"), VALUED, FLAGS);
        assertEquals(List.of("import", "--format"), line.positional());
        assertEquals(Optional.empty(), line.option("format"));
    }

    @Test
    void unknownOptionIsAUsageErrorNamingIt() {
        CommandException e = assertThrows(CommandException.class,
                () -> CommandLine.parse(List.of("--colour", "red"), VALUED, FLAGS));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("--colour"), e.getMessage());
    }

    @Test
    void optionWithoutValueAndFlagWithValueAreUsageErrors() {
        assertEquals(ExitCode.USAGE, assertThrows(CommandException.class,
                () -> CommandLine.parse(List.of("--format"), VALUED, FLAGS)).exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(CommandException.class,
                () -> CommandLine.parse(List.of("--dry-run=yes"), VALUED, FLAGS)).exitCode());
    }

    @Test
    void missingAndSurplusPositionalArgumentsAreReported() throws CommandException {
        CommandLine line = CommandLine.parse(List.of("a", "b"));
        assertEquals("a", line.positional(0, "FORMAT"));
        CommandException missing = assertThrows(CommandException.class, () -> line.positional(2, "FILE"));
        assertTrue(missing.getMessage().contains("FILE"));
        CommandException surplus = assertThrows(CommandException.class, () -> line.expectAtMost(1));
        assertTrue(surplus.getMessage().contains("b"));
    }

    @Test
    void subcommandsAreCheckedAndTheAvailableOnesNamed() throws CommandException {
        assertEquals("list", CommandLine.parse(List.of("list", "--format", "tsv"), VALUED, FLAGS)
                .subcommand("modules", List.of("list", "install")));
        CommandException missing = assertThrows(CommandException.class,
                () -> CommandLine.parse(List.of()).subcommand("modules", List.of("list", "install")));
        assertEquals(ExitCode.USAGE, missing.exitCode());
        assertTrue(missing.getMessage().contains("list, install"), missing.getMessage());
        CommandException unknown = assertThrows(CommandException.class,
                () -> CommandLine.parse(List.of("lst")).subcommand("modules", List.of("list")));
        assertTrue(unknown.getMessage().contains("\"modules lst\"") && unknown.getMessage().contains("list"), unknown.getMessage());
    }
}
