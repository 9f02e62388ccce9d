package org.jiedao.exchange;

import java.util.Map;
import java.util.Optional;

/** What an export knows: the user, the language and the filters given. */
public interface ExportContext extends ValueContext {

    /** @return the value of a filter the format declared, if given */
    Optional<String> filter(String name);

    /** @return all filters given */
    Map<String, String> filters();
}
