package org.jiedao.exchange;

import java.util.List;

/**
 * A record format contributed through {@code org.jiedao.exchange.formats}. Implement
 * {@link ImportableFormat}, {@link ExportableFormat} or both.
 */
public interface RecordFormat {

    /** @return the columns in the order they are written; keys are unique */
    List<Column<?>> columns();
}
