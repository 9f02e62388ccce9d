package org.jiedao.exchange.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.core.persistence.DataScope;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Permission;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExchangeException;
import org.jiedao.exchange.ExchangeException.Kind;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ExportFilter;
import org.jiedao.exchange.ExportOptions;
import org.jiedao.exchange.ExportResult;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.FilePreview;
import org.jiedao.exchange.FormatDescriptor;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.InvalidFilterException;
import org.jiedao.exchange.internal.io.CsvSource;
import org.jiedao.exchange.internal.io.TableWriter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The exchange service: formats from the registry, imports and exports as the signed-in user. */
@Component(service = ExchangeService.class)
public final class ExchangeServiceImpl implements ExchangeService {

    @Reference
    private PersistenceService persistence;

    @Reference
    private OrgUnitService orgUnits;

    @Reference
    private SecurityService security;

    private FormatRegistry registry() {
        return new FormatRegistry(RegistryFactory.getRegistry());
    }

    @Override
    public List<FormatDescriptor> formats() {
        return registry().formats();
    }

    @Override
    public Optional<FormatDescriptor> format(String id) {
        return formats().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    private static Locale locale() {
        return Locale.getDefault();
    }

    private FormatDescriptor descriptor(String id) throws ExchangeException {
        return format(id).orElseThrow(() -> new ExchangeException(Kind.UNKNOWN_FORMAT, NLS.bind(Messages.get().Format_unknown, id,
                String.join(", ", formats().stream().map(FormatDescriptor::id).toList()))));
    }

    /** The export permission, in the user's own unit (district administrators: everywhere). */
    private void checkPermission(Optional<String> permission) throws ExchangeException {
        if (permission.isEmpty()) {
            return;
        }
        Optional<UserAccount> user = security.currentUser();
        // district administrators have every permission, also without a unit of their own
        boolean permitted = user.isPresent() && (user.get().role() == Role.DISTRICT_ADMIN
                || security.isPermitted(permission.get(), user.get().unitCode().orElse(null)));
        if (!permitted) {
            throw new ExchangeException(Kind.DENIED, NLS.bind(Messages.get().Format_denied, permission.get()));
        }
    }

    private Lookups context(boolean dryRun, Map<String, String> filters) {
        DataScope scope = security.currentUser().isPresent() ? security.currentScope() : null;
        return new Lookups(locale(), security.currentUser(), scope, orgUnits, dryRun, filters);
    }

    private ImportableFormat importable(FormatDescriptor descriptor) throws ExchangeException {
        if (!(descriptor.format() instanceof ImportableFormat format)) {
            throw new ExchangeException(Kind.UNKNOWN_FORMAT, NLS.bind(Messages.get().Format_notImportable, descriptor.id()));
        }
        return format;
    }

    /**
     * The format's import permission: refused for the whole file when the user's role does not have
     * it at all (an auditor, a community worker for a street officers' permission); otherwise checked
     * per row in the unit the row belongs to. District administrators have it everywhere, also without
     * a unit of their own.
     *
     * @return the per-row check, null when every row is permitted
     */
    private ImportEngine.UnitPermission importPermission(FormatDescriptor descriptor) throws ExchangeException {
        if (descriptor.importPermission().isEmpty()) {
            return null;
        }
        String id = descriptor.importPermission().get();
        Optional<UserAccount> user = security.currentUser();
        Optional<Permission> declared = security.permissions().stream().filter(p -> p.id().equals(id)).findFirst();
        if (user.isEmpty() || declared.isEmpty()
                || user.get().role() != Role.DISTRICT_ADMIN && !declared.get().roles().contains(user.get().role())) {
            throw new ExchangeException(Kind.DENIED, NLS.bind(Messages.get().Format_denied,
                    declared.map(p -> p.name() + " (" + id + ")").orElse(id)));
        }
        if (user.get().role() == Role.DISTRICT_ADMIN) {
            return null;
        }
        String name = declared.get().name();
        Optional<String> own = user.get().unitCode();
        Map<String, Boolean> permitted = new java.util.HashMap<>(); // per unit code, for this import
        return (unit, locale) -> {
            Messages m = Messages.get(locale);
            if (unit != null) {
                return permitted.computeIfAbsent(unit.code(), code -> security.isPermitted(id, code)) ? Optional.empty()
                        : Optional.of(NLS.bind(m.Import_deniedInUnit, new Object[] { name, unit.code(), unit.name() }));
            }
            if (own.isPresent() && security.isPermitted(id, own.get())) {
                return Optional.empty();
            }
            return Optional.of(own.isPresent()
                    ? NLS.bind(m.Import_deniedInUnit, new Object[] { name, own.get(), orgUnits.find(own.get()).map(u -> u.name()).orElse("?") })
                    : NLS.bind(m.Import_deniedNoUnit, name));
        };
    }

    @Override
    public FilePreview preview(String formatId, Path file, ImportOptions options, int maxRows) throws ExchangeException {
        FormatDescriptor descriptor = descriptor(formatId);
        ImportableFormat format = importable(descriptor);
        try {
            return new ImportEngine(formatId, format, file, options, context(true, Map.of()), importPermission(descriptor))
                    .preview(Math.max(1, maxRows));
        } catch (AccessDeniedException e) {
            throw new ExchangeException(Kind.DENIED, e.getMessage(), e);
        }
    }

    @Override
    public ImportResult importFile(String formatId, Path file, ImportOptions options, IProgressMonitor monitor)
            throws ExchangeException {
        FormatDescriptor descriptor = descriptor(formatId);
        ImportableFormat format = importable(descriptor);
        ImportEngine.UnitPermission permission = importPermission(descriptor);
        if (options.rejectsFile().isPresent()) {
            Path rejects = options.rejectsFile().get();
            try {
                if (Files.exists(rejects) && Files.isSameFile(rejects, file)) {
                    throw new ExchangeException(Kind.IO, NLS.bind(Messages.get().File_cannotWrite, rejects, "= input"));
                }
                Files.deleteIfExists(rejects);
            } catch (IOException e) {
                throw new ExchangeException(Kind.IO, NLS.bind(Messages.get().File_cannotWrite, rejects, e.getMessage()), e);
            }
        }
        try {
            return new ImportEngine(formatId, format, file, options, context(options.dryRun(), Map.of()), permission)
                    .run(persistence, monitor);
        } catch (AccessDeniedException e) {
            throw new ExchangeException(Kind.DENIED, e.getMessage(), e);
        } catch (OperationCanceledException e) {
            throw new ExchangeException(Kind.CANCELLED, Messages.get().Import_cancelled, e);
        }
    }

    @Override
    public ExportResult exportFile(String formatId, Path file, ExportOptions options, IProgressMonitor monitor)
            throws ExchangeException {
        Messages m = Messages.get();
        FormatDescriptor descriptor = descriptor(formatId);
        if (!(descriptor.format() instanceof ExportableFormat format)) {
            throw new ExchangeException(Kind.UNKNOWN_FORMAT, NLS.bind(m.Format_notExportable, formatId));
        }
        checkPermission(descriptor.exportPermission());
        List<String> known = format.filters().stream().map(ExportFilter::name).toList();
        for (String name : options.filters().keySet()) {
            if (!known.contains(name)) {
                throw new ExchangeException(Kind.UNKNOWN_FORMAT, NLS.bind(m.Format_unknownFilter, new Object[] { name, formatId,
                        known.isEmpty() ? "-" : String.join(", ", known.stream().map(k -> "--" + k).toList()) }));
            }
        }
        Path temp = file.toAbsolutePath().resolveSibling(".~" + file.getFileName()); // same extension, same folder
        Charset charset = options.charset().orElse(null);
        Lookups context = context(false, options.filters());
        Locale locale = context.locale();
        List<Column<?>> columns = format.columns();
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(m.Export_writing, file.getFileName()), 100);
        int[] rows = { 0 };
        try {
            TableWriter writer = TableWriter.create(temp, charset, locale);
            if (writer == null) {
                throw new ExchangeException(Kind.UNSUPPORTED_TYPE, NLS.bind(m.File_exportType, file.getFileName()));
            }
            try (writer) {
                writer.row(columns.stream().map(c -> options.chineseHeaders() ? c.chinese() : c.key()).toList());
                format.export(context, values -> {
                    if (values.length != columns.size()) {
                        throw new IllegalArgumentException("format " + formatId + " wrote " + values.length + " values for "
                                + columns.size() + " columns");
                    }
                    List<Object> cells = new ArrayList<>(values.length);
                    for (int i = 0; i < values.length; i++) {
                        cells.add(cell(columns.get(i), values[i], locale));
                    }
                    try {
                        writer.row(cells);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    rows[0]++;
                    if (rows[0] % 1000 == 0) {
                        progress.setWorkRemaining(100).split(1);
                        progress.subTask(NLS.bind(m.Export_written, rows[0]));
                    }
                });
            }
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return new ExportResult(file, rows[0]);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ExchangeException(Kind.IO, NLS.bind(m.File_cannotWrite, file, e.getMessage()), e);
        } catch (OperationCanceledException e) {
            throw new ExchangeException(Kind.CANCELLED, m.Import_cancelled, e);
        } catch (InvalidFilterException e) {
            throw new ExchangeException(Kind.UNKNOWN_FORMAT, e.getMessage(), e);
        } catch (AccessDeniedException e) {
            throw new ExchangeException(Kind.DENIED, e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a leftover .part file is harmless
            }
            if (monitor != null) {
                monitor.done();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Object cell(Column<T> column, Object value, Locale locale) {
        return value == null ? null : column.type().toCell((T) value, locale);
    }

    /** For callers that need the GB18030 charset by name. */
    public static Charset gb18030() {
        return CsvSource.GB18030;
    }
}
