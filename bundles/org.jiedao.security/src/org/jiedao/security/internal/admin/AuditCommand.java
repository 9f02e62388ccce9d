package org.jiedao.security.internal.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.cli.SubcommandCommand;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.CommandLine;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.persistence.AuditCheckpoint;
import org.jiedao.core.persistence.AuditVerification;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;

/**
 * {@code jiedao-cli audit verify [--checkpoint FILE...]}: checks the audit trail's hash chain, and with checkpoint
 * files that every record up to each checkpoint is unchanged; {@code jiedao-cli audit checkpoint [--out FILE]}: writes
 * the chain's head to a small file to keep away from the database (auditors and district administrators).
 */
public final class AuditCommand extends SubcommandCommand {

    /** Exit code when the chain is broken (documented in the usage). */
    static final int BROKEN = 10;

    private final PersistenceService persistence;
    private final SecurityService security;

    @Inject
    public AuditCommand(PersistenceService persistence, SecurityService security) {
        this.persistence = persistence;
        this.security = security;
    }

    @Override
    protected Map<String, Subcommand> subcommands() {
        Map<String, Subcommand> subcommands = new LinkedHashMap<>();
        subcommands.put("verify", this::verify);
        subcommands.put("checkpoint", this::checkpoint);
        return subcommands;
    }

    @Override
    protected Set<String> optionsWithValue() {
        return Set.of("out");
    }

    @Override
    protected Set<String> flags() {
        return Set.of("checkpoint");
    }

    private int verify(CommandContext context, CommandLine line) throws CommandException {
        if (line.option("out").isPresent()) {
            throw CommandException.usage(NLS.bind(Messages.Audit_optionNotHere, "--out", "verify"));
        }
        boolean withCheckpoints = line.flag("checkpoint");
        if (!withCheckpoints) {
            line.expectAtMost(1);
        } else if (line.positional().size() < 2) {
            throw CommandException.usage(Messages.Audit_checkpointFileMissing);
        }
        requireAuditor();
        List<AuditCheckpoint> checkpoints = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        if (withCheckpoints) {
            String installation = persistence.installationId();
            for (String name : line.positional().subList(1, line.positional().size())) {
                Path file = Path.of(name);
                AuditCheckpoint checkpoint = read(file);
                if (!installation.equals(checkpoint.installationId())) {
                    throw new CommandException(ExitCode.INVALID_DATA, NLS.bind(Messages.Audit_otherInstallation,
                            new Object[] { file.toAbsolutePath(), checkpoint.installationId(), installation }));
                }
                checkpoints.add(checkpoint);
                files.add(file);
            }
        }
        AuditVerification result = withCheckpoints ? persistence.verifyAudit(checkpoints) : persistence.verifyAudit();
        if (result.intact()) {
            context.out().println(NLS.bind(Messages.Audit_intact, result.records()));
            for (int i = 0; i < checkpoints.size(); i++) {
                AuditCheckpoint checkpoint = checkpoints.get(i);
                context.out().println(NLS.bind(Messages.Audit_checkpointHolds,
                        new Object[] { checkpoint.seq(), checkpoint.takenAtUtc(), files.get(i).toAbsolutePath() }));
            }
            return ExitCode.OK;
        }
        if (result.reason().startsWith("checkpoint")) {
            long seq = result.firstBroken().getAsLong();
            int index = 0;
            while (checkpoints.get(index).seq() != seq) {
                index++;
            }
            Path file = files.get(index);
            AuditCheckpoint checkpoint = checkpoints.get(index);
            long lastGood = checkpoints.stream().mapToLong(AuditCheckpoint::seq).filter(s -> s < seq).max().orElse(0);
            context.err().println(NLS.bind(result.reason().equals("checkpoint") ? Messages.Audit_checkpointBroken
                    : Messages.Audit_checkpointBeyondEnd, new Object[] { seq, checkpoint.takenAtUtc(),
                            file.toAbsolutePath(), lastGood + 1 }));
            return BROKEN;
        }
        String reason = switch (result.reason()) {
        case "missing" -> Messages.Audit_reasonMissing;
        case "link" -> Messages.Audit_reasonLink;
        case "end" -> Messages.Audit_reasonEnd;
        default -> Messages.Audit_reasonContent;
        };
        context.err().println(NLS.bind(Messages.Audit_broken, result.firstBroken().getAsLong(), reason));
        return BROKEN;
    }

    private int checkpoint(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        if (line.flag("checkpoint")) {
            throw CommandException.usage(NLS.bind(Messages.Audit_optionNotHere, "--checkpoint", "checkpoint"));
        }
        requireAuditor();
        AuditVerification before = persistence.verifyAudit();
        if (!before.intact()) {
            context.err().println(NLS.bind(Messages.Audit_noCheckpointOfBroken, before.firstBroken().getAsLong()));
            return BROKEN;
        }
        AuditCheckpoint checkpoint = persistence.takeAuditCheckpoint();
        String text = checkpoint.format();
        java.util.Optional<String> out = line.option("out");
        if (out.isPresent()) {
            Path file = Path.of(out.get());
            try {
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                Files.writeString(file, text, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Audit_cannotWrite, file.toAbsolutePath(), e.getMessage()), e);
            }
            context.out().print(text);
            context.out().println(NLS.bind(Messages.Audit_checkpointWritten, file.toAbsolutePath()));
        } else {
            context.out().print(text);
        }
        return ExitCode.OK;
    }

    private static AuditCheckpoint read(Path file) throws CommandException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CommandException(ExitCode.INVALID_DATA, NLS.bind(Messages.Audit_cannotRead, file.toAbsolutePath(), e.getMessage()), e);
        }
        try {
            return AuditCheckpoint.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandException(ExitCode.INVALID_DATA, NLS.bind(Messages.Audit_notACheckpoint, file.toAbsolutePath(), e.getMessage()), e);
        }
    }

    private void requireAuditor() throws CommandException {
        if (!security.currentUserHas(Role.AUDITOR, Role.DISTRICT_ADMIN)) {
            throw new CommandException(ExitCode.DENIED, Messages.Audit_denied);
        }
    }
}
