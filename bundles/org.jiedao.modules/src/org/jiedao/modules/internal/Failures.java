package org.jiedao.modules.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.internal.p2.director.Explanation;
import org.eclipse.equinox.internal.provisional.p2.director.PlannerStatus;
import org.eclipse.equinox.internal.provisional.p2.director.RequestStatus;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.osgi.util.NLS;
import org.jiedao.modules.ModuleException;

/**
 * Turns what p2 reports into one plain message: which module, and which requirement is missing or
 * which signer is not trusted. The planner's explanations are read (not its status text printed).
 */
final class Failures {

    private Failures() {
    }

    static boolean isEmpty(IProvisioningPlan plan) {
        return plan.getAdditions().query(QueryUtil.ALL_UNITS, null).isEmpty()
                && plan.getRemovals().query(QueryUtil.ALL_UNITS, null).isEmpty();
    }

    static ModuleException resolution(IStatus status, List<IInstallableUnit> requested, Locale locale) {
        String modules = names(requested, locale);
        PlannerStatus planner = find(status);
        if (planner != null && planner.getRequestStatus() != null) {
            RequestStatus request = planner.getRequestStatus();
            Set<String> missing = new LinkedHashSet<>();
            Set<String> conflicts = new LinkedHashSet<>();
            if (request.getExplanations() != null) {
                for (Explanation explanation : request.getExplanations()) {
                    if (explanation instanceof Explanation.MissingIU m) {
                        missing.add(NLS.bind(Messages.Modules_missingRequirement,
                                new Object[] { m.iu.getId(), m.iu.getVersion(), requirement(m.req) }));
                    } else if (explanation instanceof Explanation.Singleton s) {
                        List<String> ius = new ArrayList<>();
                        for (IInstallableUnit iu : s.ius) {
                            ius.add(iu.getId() + " " + iu.getVersion());
                        }
                        conflicts.add(String.join(" / ", ius));
                    }
                }
            }
            if (!missing.isEmpty()) {
                return new ModuleException(NLS.bind(Messages.Modules_unresolvedMissing, modules, String.join("; ", missing)));
            }
            if (!conflicts.isEmpty()) {
                return new ModuleException(NLS.bind(Messages.Modules_unresolvedConflict, modules, String.join("; ", conflicts)));
            }
        }
        return new ModuleException(NLS.bind(Messages.Modules_unresolved, modules, firstMessage(status)));
    }

    static ModuleException untrusted(TrustGate.Refusal refusal, List<IInstallableUnit> requested, Locale locale) {
        String modules = names(requested, locale);
        if (!refusal.keys().isEmpty()) {
            return new ModuleException(NLS.bind(Messages.Modules_untrustedKey, modules, String.join("; ", refusal.keys())));
        }
        if (!refusal.unsigned().isEmpty()) {
            return new ModuleException(NLS.bind(Messages.Modules_unsigned, modules, String.join(", ", refusal.unsigned())));
        }
        return new ModuleException(NLS.bind(Messages.Modules_untrustedCertificate, modules));
    }

    /** {@code osgi.bundle; org.example.missing [1.0.0,2.0.0)} becomes {@code bundle org.example.missing [1.0.0,2.0.0)} */
    static String requirement(IRequirement requirement) {
        String text = requirement.toString();
        int semicolon = text.indexOf("; ");
        if (semicolon < 0) {
            return text;
        }
        String namespace = text.substring(0, semicolon);
        String rest = text.substring(semicolon + 2);
        String kind = switch (namespace) {
            case "osgi.bundle" -> Messages.Modules_kind_bundle;
            case "java.package" -> Messages.Modules_kind_package;
            case "org.eclipse.equinox.p2.iu" -> Messages.Modules_kind_unit;
            default -> namespace;
        };
        return kind + " " + rest.replace(" 0.0.0", "");
    }

    static String names(List<IInstallableUnit> units, Locale locale) {
        List<String> names = new ArrayList<>();
        for (IInstallableUnit iu : units) {
            names.add(Features.name(iu, locale) + " (" + Features.id(iu) + ")");
        }
        return names.isEmpty() ? "-" : String.join(", ", names);
    }

    static String firstMessage(IStatus status) {
        if (status == null) {
            return "-";
        }
        IStatus deepest = status;
        while (deepest.isMultiStatus() && deepest.getChildren().length > 0) {
            IStatus next = null;
            for (IStatus child : deepest.getChildren()) {
                if (child.getSeverity() == status.getSeverity() || next == null) {
                    next = child;
                }
            }
            deepest = next;
        }
        String message = deepest.getMessage();
        if (message == null || message.isBlank()) {
            message = status.getMessage();
        }
        return message.lines().findFirst().orElse("-");
    }

    private static PlannerStatus find(IStatus status) {
        if (status == null) {
            return null;
        }
        if (status instanceof PlannerStatus planner) {
            return planner;
        }
        for (IStatus child : status.getChildren()) {
            PlannerStatus found = find(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
