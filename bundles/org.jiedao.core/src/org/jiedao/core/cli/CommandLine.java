package org.jiedao.core.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.internal.Messages;

/**
 * GNU-style arguments of a command: positional words, {@code --option value},
 * {@code --option=value}, {@code --flag}, and {@code --} to end the options. Unknown options are
 * usage errors with a message in the user's language.
 */
public final class CommandLine {

    private final List<String> positional;
    private final Map<String, String> options;

    private CommandLine(List<String> positional, Map<String, String> options) {
        this.positional = Collections.unmodifiableList(positional);
        this.options = Collections.unmodifiableMap(options);
    }

    /**
     * @param arguments          the command's arguments
     * @param optionsWithValue   names (without {@code --}) of options that take a value
     * @param flags              names of options without a value
     * @throws CommandException  ({@link ExitCode#USAGE}) for an unknown option or a missing value
     */
    public static CommandLine parse(List<String> arguments, Collection<String> optionsWithValue,
            Collection<String> flags) throws CommandException {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        boolean onlyPositional = false;
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            if (onlyPositional || !arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                onlyPositional = true;
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (optionsWithValue.contains(name)) {
                if (value == null) {
                    if (i + 1 >= arguments.size()) {
                        throw CommandException.usage(NLS.bind(Messages.CommandLine_missingValue, "--" + name));
                    }
                    value = arguments.get(++i);
                }
                options.put(name, value);
            } else if (flags.contains(name) && value == null) {
                options.put(name, "");
            } else if (flags.contains(name)) {
                throw CommandException.usage(NLS.bind(Messages.CommandLine_flagWithValue, "--" + name));
            } else {
                throw CommandException.usage(NLS.bind(Messages.CommandLine_unknownOption, "--" + name));
            }
        }
        return new CommandLine(positional, options);
    }

    /** Parses arguments that take no options at all. */
    public static CommandLine parse(List<String> arguments) throws CommandException {
        return parse(arguments, Set.of(), Set.of());
    }

    /** @return the positional arguments in order */
    public List<String> positional() {
        return positional;
    }

    /**
     * @param index position, from 0
     * @param what  what the argument is, for the error message (e.g. "FILE")
     * @throws CommandException ({@link ExitCode#USAGE}) when it is missing
     */
    public String positional(int index, String what) throws CommandException {
        if (index >= positional.size()) {
            throw CommandException.usage(NLS.bind(Messages.CommandLine_missingArgument, what));
        }
        return positional.get(index);
    }

    /**
     * The first positional argument as the sub-command of {@code command}, e.g. {@code list} in
     * {@code jiedao-cli modules list}.
     *
     * @param available the sub-commands the command knows, in the order to list them
     * @throws CommandException ({@link ExitCode#USAGE}) when it is missing or unknown, naming the available ones
     */
    public String subcommand(String command, List<String> available) throws CommandException {
        String list = String.join(", ", available);
        if (positional.isEmpty()) {
            throw CommandException.usage(NLS.bind(Messages.CommandLine_missingSubcommand, list));
        }
        String sub = positional.get(0);
        if (!available.contains(sub)) {
            throw CommandException.usage(NLS.bind(Messages.CommandLine_unknownSubcommand, command + " " + sub, list));
        }
        return sub;
    }

    /** @return the value of {@code --name}, if given */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** @return whether the flag {@code --name} was given */
    public boolean flag(String name) {
        return options.containsKey(name);
    }

    /**
     * @throws CommandException ({@link ExitCode#USAGE}) when more than {@code max} positional
     *                          arguments were given
     */
    public void expectAtMost(int max) throws CommandException {
        if (positional.size() > max) {
            throw CommandException.usage(NLS.bind(Messages.CommandLine_unexpectedArgument, positional.get(max)));
        }
    }
}
