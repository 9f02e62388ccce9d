package org.jiedao.security.internal.admin;

import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.cli.SubcommandCommand;
import org.jiedao.core.cli.CommandContext;
import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.CommandLine;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.persistence.AuditVerification;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;

/** {@code jiedao-cli audit verify}: checks the audit trail's hash chain (auditors and district administrators). */
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
        return Map.of("verify", this::verify);
    }

    private int verify(CommandContext context, CommandLine line) throws CommandException {
        line.expectAtMost(1);
        if (!security.currentUserHas(Role.AUDITOR, Role.DISTRICT_ADMIN)) {
            throw new CommandException(ExitCode.DENIED, Messages.Audit_denied);
        }
        AuditVerification result = persistence.verifyAudit();
        if (result.intact()) {
            context.out().println(NLS.bind(Messages.Audit_intact, result.records()));
            return ExitCode.OK;
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
}
