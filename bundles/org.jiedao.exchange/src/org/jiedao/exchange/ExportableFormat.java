package org.jiedao.exchange;

import java.util.List;

/** A format that records can be exported in. */
public interface ExportableFormat extends RecordFormat {

    /** @return the filters {@code jiedao-cli export} accepts as {@code --NAME VALUE} options */
    default List<ExportFilter> filters() {
        return List.of();
    }

    /**
     * Writes the records (those the user's scope covers, narrowed by the filters) to the sink, one
     * {@link RecordSink#write} per record with the values in column order.
     *
     * @throws InvalidFilterException if a filter's value is not valid (the export is refused with its message)
     */
    void export(ExportContext context, RecordSink sink);
}
