package org.jiedao.cli.internal;

import java.io.BufferedReader;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.cli.ExitCode;

/**
 * {@code jiedao-cli shell}: many commands in one process, one per line, each run by the same
 * {@link CliRunner} as a command given alone (same output, same exit code), followed by a line
 * {@code # exit N}. The platform, the database and the sign-in are shared by all lines.
 */
final class CliShell {

    static final String NAME = "shell";

    private final CliRunner runner;

    CliShell(CliRunner runner) {
        this.runner = runner;
    }

    /**
     * @param options the shell's own arguments ({@code --file F}, {@code --keep-going})
     * @param in      standard input: the commands, unless {@code --file} names them
     * @return 0 when every line succeeded, else the exit code of the first failing line (with
     *         {@code --keep-going}: of the last failing one)
     */
    int run(List<String> options, PrintWriter out, PrintWriter err, BufferedReader in, Path dataDir) {
        String file = null;
        boolean keepGoing = false;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.equals("--keep-going")) {
                keepGoing = true;
            } else if (option.equals("--file") || option.startsWith("--file=")) {
                if (option.equals("--file")) {
                    file = i + 1 < options.size() ? options.get(++i) : null;
                } else {
                    file = option.substring("--file=".length());
                }
                if (file == null || file.isEmpty()) {
                    return usage(err, Messages.Shell_fileNeeded);
                }
            } else {
                return usage(err, NLS.bind(Messages.Shell_badOption, option));
            }
        }
        BufferedReader script;
        BufferedReader commandInput;
        boolean interactive;
        if (file != null) {
            try {
                script = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
            } catch (IOException | InvalidPathException e) {
                err.println(NLS.bind(Messages.Shell_cannotRead, file, reason(e)));
                return ExitCode.FAILURE;
            }
            commandInput = in;
            interactive = false;
        } else {
            script = in;
            // the commands come from standard input: a command must not read the next lines as its input
            commandInput = new BufferedReader(Reader.nullReader());
            interactive = System.console() != null;
        }
        TrackingWriter tracking = new TrackingWriter(out);
        PrintWriter commandOut = new PrintWriter(tracking, true);
        try {
            return loop(script, file == null ? "-" : file, keepGoing, interactive, commandOut, tracking, err, commandInput, dataDir);
        } finally {
            commandOut.flush();
            if (file != null) {
                try {
                    script.close();
                } catch (IOException e) {
                    // read-only; nothing lost
                }
            }
        }
    }

    private int loop(BufferedReader script, String source, boolean keepGoing, boolean interactive, PrintWriter out,
            TrackingWriter tracking, PrintWriter err, BufferedReader commandInput, Path dataDir) {
        int result = ExitCode.OK;
        int lineNumber = 0;
        while (true) {
            if (interactive) {
                System.console().printf("%s ", Messages.Shell_prompt).flush();
            }
            String line;
            int first;
            try {
                line = script.readLine();
                if (line == null) {
                    break;
                }
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                first = lineNumber;
                while (ShellWords.continues(line)) {
                    String next = script.readLine();
                    if (next == null) {
                        break;
                    }
                    lineNumber++;
                    line = line.substring(0, line.length() - 1) + next;
                }
            } catch (IOException e) {
                err.println(NLS.bind(Messages.Shell_cannotRead, source, reason(e)));
                return ExitCode.FAILURE;
            }
            int code;
            List<String> words;
            try {
                words = ShellWords.split(line);
                String refused = refusal(words);
                if (refused != null) {
                    throw new ShellWords.SyntaxException(refused);
                }
            } catch (ShellWords.SyntaxException e) {
                err.println(NLS.bind(Messages.Shell_lineError, first, e.getMessage()));
                words = null;
            }
            if (words != null && words.isEmpty()) {
                continue; // blank or comment
            }
            if (words == null) {
                code = ExitCode.USAGE;
            } else {
                code = runner.run(words, out, err, commandInput, dataDir);
            }
            out.flush();
            err.flush();
            if (tracking.lastChar >= 0 && tracking.lastChar != '\n') {
                out.println();
            }
            out.println("# exit " + code);
            out.flush();
            if (code != ExitCode.OK) {
                result = code;
                err.println(NLS.bind(Messages.Shell_failed, new Object[] { first, code, line.strip() }));
                if (!keepGoing) {
                    err.println(NLS.bind(Messages.Shell_stopped, first));
                    break;
                }
            }
        }
        err.flush();
        return result;
    }

    /** Why a line's arguments cannot run in the shell, or null. */
    private static String refusal(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        if (words.get(0).equals(NAME)) {
            return Messages.Shell_nested;
        }
        for (String word : words) {
            if (word.equals("--")) {
                break;
            }
            for (String option : new String[] { "--data", "--lang" }) {
                if (word.equals(option) || word.startsWith(option + "=")) {
                    return NLS.bind(Messages.Shell_launcherOption, option);
                }
            }
        }
        return null;
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return Messages.Shell_noSuchFile;
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static int usage(PrintWriter err, String message) {
        err.println(message);
        err.println(NLS.bind(Messages.Cli_seeCommandHelp, NAME));
        return ExitCode.USAGE;
    }

    /** Remembers the last character written, so that "# exit N" always starts a line of its own. */
    private static final class TrackingWriter extends FilterWriter {
        int lastChar = -1;

        TrackingWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            super.write(c);
            lastChar = c;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            super.write(buffer, offset, length);
            if (length > 0) {
                lastChar = buffer[offset + length - 1];
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            super.write(text, offset, length);
            if (length > 0) {
                lastChar = text.charAt(offset + length - 1);
            }
        }
    }
}
