package org.jiedao.exchange;

import java.util.Locale;

import org.jiedao.core.org.OrgUnit;

/** What a {@link ValueType} may need while parsing: the user's language and lookups. */
public interface ValueContext {

    /** @return the user's locale; messages are in its language */
    Locale locale();

    /**
     * Finds an organisation unit by its code or its (unambiguous) name, among the units the current
     * user's scope covers.
     *
     * @throws InvalidValueException when there is no such unit, the name is ambiguous or the unit lies
     *                               outside the user's scope (the message says which)
     */
    OrgUnit orgUnit(String codeOrName) throws InvalidValueException;
}
