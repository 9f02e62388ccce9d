package org.jiedao.testing;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jiedao.core.cli.CliCommand;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.cli.CommandException;

/**
 * Runs a module's {@code jiedao-cli} command in a test as the launcher does, capturing what it prints: create the
 * command as the platform does ({@code Contributions.create(MyCommand.class)}, its services injected), then
 * {@code CommandRun.run(command, "volunteers", "hours", "--month", "2026-10")}. The signed-in user is whoever the
 * test signed in; a refusal the command throws ({@link CommandException} with its exit code) reaches the test.
 */
public final class CommandRun {

    /** What a command returned and printed. */
    public record Result(int exitCode, String out, String err) {
    }

    private CommandRun() {
    }

    /** Runs {@code command} named {@code name} with {@code arguments}, in English, with no input. */
    public static Result run(CliCommand command, String name, String... arguments) throws CommandException {
        return run(command, name, Locale.ENGLISH, "", arguments);
    }

    /**
     * Runs {@code command} named {@code name} with {@code arguments} in {@code locale}, reading {@code input} as
     * its standard input (answers to prompts, lines of a live entry).
     */
    public static Result run(CliCommand command, String name, Locale locale, String input, String... arguments) throws CommandException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        BufferedReader in = new BufferedReader(new StringReader(input));
        int code = command.run(new CommandContext() {
            @Override
            public String commandName() {
                return name;
            }

            @Override
            public List<String> arguments() {
                return List.of(arguments);
            }

            @Override
            public PrintWriter out() {
                return outWriter;
            }

            @Override
            public PrintWriter err() {
                return errWriter;
            }

            @Override
            public BufferedReader in() {
                return in;
            }

            @Override
            public Path dataDirectory() {
                return Path.of("target");
            }

            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public String readLine(String prompt) {
                try {
                    return in.readLine();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public char[] readSecret(String prompt) {
                String line = readLine(prompt);
                return line == null ? null : line.toCharArray();
            }
        });
        outWriter.flush();
        errWriter.flush();
        return new Result(code, out.toString(), err.toString());
    }
}
