package org.jiedao.core.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What a running {@link CliCommand} gets from {@code jiedao-cli}. */
public interface CommandContext {

    /** @return the name the command was called by */
    String commandName();

    /** @return the arguments after the command name, without the launcher's own options */
    List<String> arguments();

    /** @return standard output, in the terminal's encoding */
    PrintWriter out();

    /** @return standard error, in the terminal's encoding */
    PrintWriter err();

    /** @return standard input */
    BufferedReader in();

    /** @return the data folder selected with {@code --data} (or the default one) */
    Path dataDirectory();

    /** @return the user's locale; messages should be in its language (zh or en) */
    Locale locale();
}
