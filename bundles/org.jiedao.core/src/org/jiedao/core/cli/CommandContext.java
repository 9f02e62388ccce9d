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

    /**
     * Asks for a line of text: on the terminal when there is one, else from standard input.
     *
     * @return the line, or null at the end of the input
     */
    String readLine(String prompt);

    /**
     * Asks for a secret (a password) without echoing it on the terminal; without a terminal it
     * is read from standard input. Wipe the array after use.
     *
     * @return the secret, or null at the end of the input
     */
    char[] readSecret(String prompt);

    /**
     * Signs the user in now (from {@code JIEDAO_USER}/{@code JIEDAO_PASSWORD}, else asking on the
     * terminal), for a command declared with {@code authenticated="false"} whose reading
     * sub-commands need no user but whose changing ones do (e.g. {@code jiedao-cli modules install}).
     * Does nothing when a user is already signed in.
     *
     * @throws CommandException ({@link ExitCode#DENIED}) when sign-in fails or the folder has no users
     */
    default void signIn() throws CommandException {
        throw new CommandException(ExitCode.DENIED, "sign-in is not available here");
    }
}
