package org.jiedao.exchange;

/** Receives exported records. */
public interface RecordSink {

    /**
     * Writes one record: one value per column, in column order, of the column's value type (or
     * null for none). Throws {@link org.eclipse.core.runtime.OperationCanceledException} when the
     * user cancelled the export.
     */
    void write(Object... values);
}
