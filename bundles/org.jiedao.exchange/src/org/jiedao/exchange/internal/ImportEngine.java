package org.jiedao.exchange.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.persistence.ScopedEntity;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.exchange.Cell;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExchangeException;
import org.jiedao.exchange.ExchangeException.Kind;
import org.jiedao.exchange.FilePreview;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.InvalidValueException;
import org.jiedao.exchange.Problem;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RowProblems;
import org.jiedao.exchange.internal.io.TableSource;
import org.jiedao.exchange.internal.io.TableSources;
import org.jiedao.exchange.internal.io.TableWriter;

/**
 * One import: pass 1 streams the file and validates every row (writing rejected rows to the rejects
 * file when asked); pass 2, only when the import goes ahead, streams the file again and writes the
 * valid rows in one transaction (flushed and cleared every {@value #FLUSH_EVERY} rows, so memory stays
 * flat). Cancelling or any failure rolls everything back.
 */
final class ImportEngine {

    static final int FLUSH_EVERY = 1000;

    private final String formatId;
    private final ImportableFormat format;
    private final Path file;
    private final ImportOptions options;
    private final Lookups context;
    private final Messages m;
    private final UnitPermission permission;

    /** Where the format's import permission holds: a message when it does not hold in a row's unit. */
    interface UnitPermission {
        /**
         * @param unit the unit the row belongs to, null when the row names none
         * @return why the user may not import the row, empty when they may
         */
        Optional<String> check(OrgUnit unit, java.util.Locale locale);
    }

    ImportEngine(String formatId, ImportableFormat format, Path file, ImportOptions options, Lookups context) {
        this(formatId, format, file, options, context, null);
    }

    /** @param permission the check of the format's import permission per row, null when the format needs none */
    ImportEngine(String formatId, ImportableFormat format, Path file, ImportOptions options, Lookups context,
            UnitPermission permission) {
        this.permission = permission;
        this.formatId = formatId;
        this.format = format;
        this.file = file;
        this.options = options;
        this.context = context;
        this.m = Messages.get(context.locale());
    }

    /** The header row resolved against the format's columns. */
    private static final class Header {
        final int row;
        final List<String> texts;
        final Column<?>[] columns;

        Header(int row, List<String> texts, Column<?>[] columns) {
            this.row = row;
            this.texts = texts;
            this.columns = columns;
        }
    }

    /** Reads a sheet: finds the header, checks it, hands each data row on. */
    private abstract class SheetReader implements TableSource.RowHandler {
        final String sheet;
        Header header;
        ExchangeException headerError;
        final List<int[]> merges = new ArrayList<>();
        int dataRows;

        SheetReader(String sheet) {
            this.sheet = sheet;
        }

        @Override
        public void merged(int firstRow, int lastRow, int firstColumn, int lastColumn) {
            merges.add(new int[] { firstRow, lastRow, firstColumn, lastColumn });
        }

        @Override
        public boolean row(int row, List<Cell> cells) throws ExchangeException {
            if (headerError != null) {
                return true; // read on for the merged regions, which an xlsx lists after the rows
            }
            if (header == null) {
                if (cells.stream().allMatch(Cell::isBlank)) {
                    return true;
                }
                try {
                    header = header(row, cells);
                } catch (ExchangeException e) {
                    headerError = e;
                }
                return true;
            }
            if (cells.stream().allMatch(Cell::isBlank)) {
                return true;
            }
            dataRows++;
            return data(row, cells);
        }

        abstract boolean data(int row, List<Cell> cells) throws ExchangeException;

        /** Throws the header's problem after the sheet was read: merged header cells first. */
        void finish() throws ExchangeException {
            int headerRow = header != null ? header.row : headerRowOfError;
            for (int[] merge : merges) {
                if (headerRow > 0 && merge[0] <= headerRow && headerRow <= merge[1] && merge[2] != merge[3]) {
                    throw new ExchangeException(Kind.HEADER, NLS.bind(m.File_mergedHeader, headerRow));
                }
            }
            if (headerError != null) {
                throw headerError;
            }
            if (header == null) {
                throw new ExchangeException(Kind.EMPTY, NLS.bind(m.File_empty, sheetLabel(sheet)));
            }
            if (dataRows == 0) {
                throw new ExchangeException(Kind.EMPTY, NLS.bind(m.File_noDataRows, sheetLabel(sheet)));
            }
        }

        int headerRowOfError;

        private Header header(int row, List<Cell> cells) throws ExchangeException {
            headerRowOfError = row;
            List<String> texts = cells.stream().map(c -> c.text().strip()).collect(Collectors.toList());
            while (!texts.isEmpty() && texts.get(texts.size() - 1).isEmpty()) {
                texts.remove(texts.size() - 1);
            }
            Column<?>[] columns = new Column<?>[texts.size()];
            Map<Column<?>, String> seen = new HashMap<>();
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                if (text.isEmpty()) {
                    throw new ExchangeException(Kind.HEADER, NLS.bind(m.File_blankHeader, columnName(i), row));
                }
                Column<?> column = null;
                if (options.mapping().containsKey(text)) {
                    String key = options.mapping().get(text);
                    if (key.isEmpty()) {
                        continue;
                    }
                    column = format.columns().stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
                } else {
                    column = format.columns().stream().filter(c -> c.matches(text)).findFirst().orElse(null);
                }
                if (column == null) {
                    if (!isRejectsColumn(text)) {
                        unknown.add(text);
                    }
                    continue;
                }
                if (seen.containsKey(column)) {
                    throw new ExchangeException(Kind.HEADER, NLS.bind(m.File_duplicateHeader,
                            new Object[] { seen.get(column), text, column.key() }));
                }
                seen.put(column, text);
                columns[i] = column;
            }
            List<String> missing = format.columns().stream().filter(c -> c.isRequired() && !seen.containsKey(c))
                    .map(c -> c.key() + " (" + c.chinese() + ")").toList();
            if (!missing.isEmpty()) {
                throw new ExchangeException(Kind.HEADER, NLS.bind(m.File_missingColumns, String.join(", ", missing), formatId));
            }
            if (!unknown.isEmpty() && !options.ignoreUnknownColumns()) {
                throw new ExchangeException(Kind.HEADER, NLS.bind(m.File_unknownHeaders, new Object[] {
                        String.join(", ", unknown), formatId, format.columns().stream().map(c -> c.key() + "/" + c.chinese())
                                .collect(Collectors.joining(", ")) }));
            }
            if (!unknown.isEmpty()) {
                ignored.addAll(unknown);
            }
            return new Header(row, texts, columns);
        }
    }

    private final List<String> ignored = new ArrayList<>();

    private boolean isRejectsColumn(String text) {
        return text.equals(Messages.get(java.util.Locale.ROOT).Rejects_problemsHeader)
                || text.equals(Messages.get(java.util.Locale.CHINESE).Rejects_problemsHeader);
    }

    private static String columnName(int index) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
    }

    private String sheetLabel(String sheet) {
        return sheet.isEmpty() ? file.getFileName().toString() : sheet;
    }

    /** Problems of one row. */
    private final class RowCheck implements RowProblems {
        final String sheet;
        final int row;
        final Header header;
        final List<Problem> problems = new ArrayList<>();

        RowCheck(String sheet, int row, Header header) {
            this.sheet = sheet;
            this.row = row;
            this.header = header;
        }

        @Override
        public void reject(Column<?> column, String message) {
            String headerText = null;
            for (int i = 0; i < header.columns.length; i++) {
                if (header.columns[i] == column) {
                    headerText = header.texts.get(i);
                }
            }
            problems.add(new Problem(sheet, row, Optional.ofNullable(headerText != null ? headerText : column.chinese()),
                    Optional.of(column.key()), message));
        }

        @Override
        public void reject(String message) {
            problems.add(new Problem(sheet, row, Optional.empty(), Optional.empty(), message));
        }

        @Override
        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    /** Parses a row's cells; type problems go to {@code check}. */
    private Record parse(String sheet, int row, List<Cell> cells, Header header, RowCheck check) {
        Map<Column<?>, Object> values = new LinkedHashMap<>();
        Map<Column<?>, Cell> byColumn = new LinkedHashMap<>();
        for (int i = 0; i < header.columns.length; i++) {
            Column<?> column = header.columns[i];
            if (column == null) {
                continue;
            }
            Cell cell = i < cells.size() ? cells.get(i) : Cell.EMPTY;
            byColumn.put(column, cell);
            if (cell.state() == Cell.State.UNCALCULATED) {
                check(check).reject(column, NLS.bind(m.Value_uncalculated, columnName(i) + row));
            } else if (cell.state() == Cell.State.ERROR) {
                check(check).reject(column, NLS.bind(cell.formula() ? m.Value_formulaError : m.Value_error, columnName(i) + row,
                        cell.text()));
            } else if (cell.isOversize()) {
                check(check).reject(column, NLS.bind(m.Value_oversize, cell.length(), Cell.MAX_LENGTH));
            } else if (cell.isBlank()) {
                if (column.isRequired()) {
                    check(check).reject(column, m.Value_required);
                }
            } else {
                try {
                    values.put(column, column.type().parse(cell, context));
                } catch (InvalidValueException e) {
                    check(check).reject(column, e.getMessage());
                }
            }
        }
        return new Record(sheet, row, values, byColumn);
    }

    /** A row's types, then (when they are right) the format's own rules. */
    private RowCheck validate(String sheet, int row, List<Cell> cells, Header header, ImportSession session) {
        RowCheck check = new RowCheck(sheet, row, header);
        Record record = parse(sheet, row, cells, header, check);
        if (!check.hasProblems()) {
            try {
                session.validate(record, check);
            } catch (RuntimeException e) {
                check.reject(String.valueOf(e.getMessage()));
            }
        }
        if (!check.hasProblems() && permission != null) {
            checkPermission(record, session, check);
        }
        return check;
    }

    /**
     * The format's import permission in the unit the row belongs to: the format's own answer
     * ({@link ImportSession#unit}), else the unit of the stored record it belongs with ({@link ImportSession#owner}), else the first organisation-unit column with a value, else the user's
     * own unit.
     */
    private void checkPermission(Record record, ImportSession session, RowCheck check) {
        Column<?> unitColumn = null;
        OrgUnit unit;
        try {
            unit = session.unit(record).orElse(null);
            if (unit == null) {
                Optional<? extends ScopedEntity> owner = session.owner(record);
                if (owner.isPresent() && owner.get().getUnitCode() != null) {
                    unit = context.recordUnit(owner.get().getUnitCode()).orElse(null);
                }
            }
        } catch (RuntimeException e) {
            check.reject(String.valueOf(e.getMessage()));
            return;
        }
        if (unit == null) {
            for (Column<?> column : format.columns()) {
                if (column.type() instanceof ValueTypes.Unit && record.get(column) instanceof OrgUnit value) {
                    unit = value;
                    unitColumn = column;
                    break;
                }
            }
        }
        Optional<String> denied = permission.check(unit, context.locale());
        if (denied.isPresent()) {
            if (unitColumn != null) {
                check.reject(unitColumn, denied.get());
            } else {
                check.reject(denied.get());
            }
        }
    }

    private static RowProblems check(RowCheck check) {
        return check;
    }

    ImportResult run(PersistenceService persistence, IProgressMonitor monitor) throws ExchangeException {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(m.Import_validating, file.getFileName()), 100);
        try (TableSource source = TableSources.open(file, options.charset(), context.locale())) {
            String sheet = chooseSheet(source);
            ImportSession session = begin();
            BitSet invalid = new BitSet();
            List<Problem> problems = new ArrayList<>();
            int[] counts = new int[3]; // read, valid, problems
            SubMonitor validation = progress.split(options.dryRun() ? 100 : 45);
            RejectsFile rejects = options.rejectsFile().map(p -> new RejectsFile(p, context.locale())).orElse(null);
            try {
                SheetReader pass1 = new SheetReader(sheet) {
                    @Override
                    boolean data(int row, List<Cell> cells) throws ExchangeException {
                        counts[0]++;
                        RowCheck check = validate(sheet, row, cells, header, session);
                        if (check.hasProblems()) {
                            invalid.set(row);
                            counts[2] += check.problems.size();
                            for (Problem p : check.problems) {
                                if (problems.size() < ImportResult.MAX_PROBLEMS) {
                                    problems.add(p);
                                }
                            }
                            if (rejects != null) {
                                rejects.write(header.texts, cells, check.problems, m);
                            }
                        } else {
                            counts[1]++;
                        }
                        if (counts[0] % 1000 == 0) {
                            validation.setWorkRemaining(100).split(1);
                            validation.subTask(NLS.bind(m.Import_validated, counts[0]));
                            if (validation.isCanceled()) {
                                throw new ExchangeException(Kind.CANCELLED, m.Import_cancelled);
                            }
                        }
                        return true;
                    }
                };
                source.read(sheet, pass1);
                pass1.finish();
                lateProblems(source, sheet, session, invalid, problems, counts, rejects);
            } finally {
                if (rejects != null) {
                    rejects.close();
                }
            }
            List<String> warnings = ignored.isEmpty() ? List.of() : List.of(NLS.bind(m.Ignored_columns, String.join(", ", ignored)));
            Optional<Path> rejectsWritten = rejects != null && rejects.used() ? options.rejectsFile() : Optional.empty();
            if (options.dryRun()) {
                return new ImportResult(counts[2] == 0 ? ImportResult.Status.VALID : ImportResult.Status.INVALID, counts[0],
                        counts[1], 0, counts[2], problems, rejectsWritten, warnings);
            }
            if (counts[2] > 0 && options.rejectsFile().isEmpty()) {
                return new ImportResult(ImportResult.Status.INVALID, counts[0], counts[1], 0, counts[2], problems,
                        Optional.empty(), warnings);
            }
            int written = counts[1] == 0 ? 0 : write(persistence, source, sheet, session, invalid, counts[1], progress.split(55));
            return new ImportResult(counts[2] == 0 ? ImportResult.Status.IMPORTED : ImportResult.Status.PARTIAL, counts[0],
                    counts[1], written, counts[2], problems, rejectsWritten, warnings);
        } finally {
            if (monitor != null) {
                monitor.done();
            }
        }
    }

    /** Problems the format finds once the whole file is read; the rows are rejected like the others. */
    private void lateProblems(TableSource source, String sheet, ImportSession session, BitSet invalid, List<Problem> problems,
            int[] counts, RejectsFile rejects) throws ExchangeException {
        java.util.TreeMap<Integer, List<Problem>> late = new java.util.TreeMap<>();
        try {
            session.validateEnd((row, column, message) -> late.computeIfAbsent(row, r -> new ArrayList<>())
                    .add(new Problem(sheet, row, Optional.of(column.chinese()), Optional.of(column.key()), message)));
        } catch (RuntimeException e) {
            throw new ExchangeException(Kind.WRITE_FAILED, NLS.bind(m.Import_failed, rootMessage(e)), e);
        }
        if (late.isEmpty()) {
            return;
        }
        for (var entry : late.entrySet()) {
            if (!invalid.get(entry.getKey())) {
                invalid.set(entry.getKey());
                counts[1]--;
            }
            counts[2] += entry.getValue().size();
            for (Problem p : entry.getValue()) {
                if (problems.size() < ImportResult.MAX_PROBLEMS) {
                    problems.add(p);
                }
            }
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::row));
        if (rejects != null) {
            source.read(sheet, new SheetReader(sheet) {
                @Override
                boolean data(int row, List<Cell> cells) throws ExchangeException {
                    List<Problem> list = late.get(row);
                    if (list != null) {
                        rejects.write(header.texts, cells, list, m);
                    }
                    return row < late.lastKey();
                }
            });
        }
    }

    private ImportSession begin() throws ExchangeException {
        try {
            return format.beginImport(context);
        } catch (org.jiedao.core.persistence.AccessDeniedException | IllegalStateException e) {
            throw new ExchangeException(Kind.DENIED, e.getMessage(), e);
        }
    }

    private String chooseSheet(TableSource source) throws ExchangeException {
        List<String> sheets = source.sheets();
        if (sheets.isEmpty()) {
            throw new ExchangeException(Kind.EMPTY, NLS.bind(m.File_empty, file.getFileName()));
        }
        if (options.sheet().isPresent()) {
            String wanted = options.sheet().get();
            if (!sheets.contains(wanted)) {
                throw new ExchangeException(Kind.EMPTY, NLS.bind(m.File_noSheet, wanted) + " (" + String.join(", ", sheets) + ")");
            }
            return wanted;
        }
        return sheets.get(0);
    }

    /** Carries a checked exception out of the transaction's lambda. */
    private static final class Carrier extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final ExchangeException exception;

        Carrier(ExchangeException exception) {
            super(exception);
            this.exception = exception;
        }
    }

    private int write(PersistenceService persistence, TableSource source, String sheet, ImportSession session, BitSet invalid,
            int total, SubMonitor monitor) throws ExchangeException {
        monitor.setWorkRemaining(total);
        monitor.subTask(NLS.bind(m.Import_writing, total));
        try {
            return persistence.transaction(em -> {
                int[] written = { 0 };
                try {
                    SheetReader pass2 = new SheetReader(sheet) {
                        @Override
                        boolean data(int row, List<Cell> cells) {
                            if (invalid.get(row)) {
                                return true;
                            }
                            RowCheck check = new RowCheck(sheet, row, header);
                            Record record = parse(sheet, row, cells, header, check);
                            session.write(record, em);
                            written[0]++;
                            monitor.split(1);
                            if (written[0] % FLUSH_EVERY == 0) {
                                em.flush();
                                em.clear();
                                monitor.subTask(NLS.bind(m.Import_written, written[0], total));
                            }
                            return true;
                        }
                    };
                    source.read(sheet, pass2);
                } catch (ExchangeException e) {
                    throw new Carrier(e);
                }
                session.finish(em);
                return written[0];
            });
        } catch (Carrier c) {
            throw c.exception;
        } catch (OperationCanceledException e) {
            throw new ExchangeException(Kind.CANCELLED, m.Import_cancelled, e);
        } catch (RuntimeException e) {
            org.eclipse.core.runtime.ILog.of(ImportEngine.class).error("Import of " + file + " as " + formatId + " failed", e);
            throw new ExchangeException(Kind.WRITE_FAILED, NLS.bind(m.Import_failed, rootMessage(e)), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t instanceof jakarta.persistence.PersistenceException)) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    /** Reads the header and the first rows for the wizard. */
    FilePreview preview(int maxRows) throws ExchangeException {
        try (TableSource source = TableSources.open(file, options.charset(), context.locale())) {
            String sheet = chooseSheet(source);
            List<List<String>> rows = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            ImportSession session = begin();
            SheetReader reader = new SheetReader(sheet) {
                @Override
                boolean data(int row, List<Cell> cells) {
                    RowCheck check = validate(sheet, row, cells, header, session);
                    problems.addAll(check.problems);
                    List<String> texts = new ArrayList<>();
                    for (int i = 0; i < header.texts.size(); i++) {
                        texts.add(i < cells.size() ? cells.get(i).text() : "");
                    }
                    rows.add(texts);
                    numbers.add(row);
                    return rows.size() < maxRows;
                }
            };
            source.read(sheet, reader);
            if (reader.header == null || reader.headerError != null) {
                reader.finish();
            }
            Map<String, String> mapping = new LinkedHashMap<>();
            for (int i = 0; i < reader.header.texts.size(); i++) {
                Column<?> column = reader.header.columns[i];
                mapping.put(reader.header.texts.get(i), column == null ? "" : column.key());
            }
            List<String> missing = format.columns().stream().filter(c -> c.isRequired() && !mapping.containsValue(c.key()))
                    .map(Column::key).toList();
            return new FilePreview(source.sheets(), sheet, source.charset(), reader.header.texts, mapping, missing, rows, numbers,
                    problems);
        }
    }

    /** The rejected rows with their reasons, in a file that imports again once fixed. */
    private static final class RejectsFile {
        private final Path path;
        private final java.util.Locale locale;
        private TableWriter writer;
        private IOException failure;

        RejectsFile(Path path, java.util.Locale locale) {
            this.path = path;
            this.locale = locale;
        }

        void write(List<String> header, List<Cell> cells, List<Problem> problems, Messages m) throws ExchangeException {
            try {
                if (writer == null) {
                    writer = TableWriter.create(path, null, locale);
                    if (writer == null) {
                        throw new ExchangeException(Kind.UNSUPPORTED_TYPE, NLS.bind(m.File_exportType, path.getFileName()));
                    }
                    List<Object> head = new ArrayList<>(header);
                    head.add(m.Rejects_problemsHeader);
                    writer.row(head);
                }
                List<Object> row = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    row.add(i < cells.size() ? cells.get(i).text() : "");
                }
                row.add(problems.stream().map(p -> p.header().map(h -> h + ": ").orElse("") + p.message())
                        .collect(Collectors.joining("; ")));
                writer.row(row);
            } catch (IOException e) {
                failure = e;
                throw new ExchangeException(Kind.IO, NLS.bind(m.File_cannotWrite, path, e.getMessage()), e);
            }
        }

        boolean used() {
            return writer != null && failure == null;
        }

        void close() throws ExchangeException {
            if (writer != null) {
                try {
                    writer.close();
                } catch (IOException e) {
                    throw new ExchangeException(Kind.IO, NLS.bind(Messages.get(locale).File_cannotWrite, path, e.getMessage()), e);
                }
            }
        }
    }
}
