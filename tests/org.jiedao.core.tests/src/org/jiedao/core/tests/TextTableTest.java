package org.jiedao.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.cli.TextTable;
import org.junit.jupiter.api.Test;

class TextTableTest {

    private static String print(TextTable table, TextTable.Format format) {
        StringWriter text = new StringWriter();
        table.print(new PrintWriter(text), format);
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    private static TextTable sample() {
        return new TextTable(List.of("code", "name"), List.of("代码", "名称"))
                .add("320508", "姑苏区")
                .add("320508001", "沧浪街道\t\"北\"");
    }

    @Test
    void chineseCharactersTakeTwoColumns() {
        assertEquals(6, TextTable.displayWidth("姑苏区"));
        assertEquals(10, TextTable.displayWidth("沧浪street"));
        assertEquals(2, TextTable.displayWidth("（"));
    }

    @Test
    void alignsColumnsByDisplayWidth() {
        String expected = """
                代码       名称
                320508     姑苏区
                320508001  沧浪街道 "北"
                """;
        assertEquals(expected, print(sample(), TextTable.Format.TABLE));
    }

    @Test
    void tsvUsesKeysAsHeaderAndNeverBreaksRows() {
        assertEquals("code\tname\n320508\t姑苏区\n320508001\t沧浪街道 \"北\"\n", print(sample(), TextTable.Format.TSV));
    }

    @Test
    void jsonEscapesQuotesAndControlCharacters() {
        String expected = "[\n  {\"code\": \"320508\", \"name\": \"姑苏区\"},\n"
                + "  {\"code\": \"320508001\", \"name\": \"沧浪街道\\t\\\"北\\\"\"}\n]\n";
        assertEquals(expected, print(sample(), TextTable.Format.JSON));
        assertEquals("[]\n", print(new TextTable(List.of("a"), List.of("A")), TextTable.Format.JSON));
    }

    @Test
    void unknownFormatIsAUsageError() throws CommandException {
        assertEquals(TextTable.Format.TSV, TextTable.Format.parse("TSV"));
        assertEquals(TextTable.Format.TABLE, TextTable.Format.parse(null));
        assertEquals(ExitCode.USAGE, assertThrows(CommandException.class, () -> TextTable.Format.parse("xml")).exitCode());
    }
}
