package org.jiedao.core.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jiedao.core.security.UserAccount;
import org.jiedao.core.text.LocalizedMessages;

/**
 * What a {@link ReportProvider} is asked for.
 *
 * @param reportId   the declared report id
 * @param parameters parameter values by declared name; optional parameters left empty are absent
 * @param locale     the language to write the report in
 * @param user       the signed-in user (empty only when nobody is signed in, e.g. in set-up work)
 */
public record ReportRequest(String reportId, Map<String, String> parameters, Locale locale, Optional<UserAccount> user) {

    public ReportRequest {
        Objects.requireNonNull(reportId, "reportId");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(locale, "locale");
        user = user == null ? Optional.empty() : user;
    }

    /** @return the value of a parameter, if given */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** @return a {@link ReportParameter.Kind#DATE date} parameter's value, if given */
    public Optional<LocalDate> date(String name) {
        return parameter(name).map(LocalDate::parse);
    }

    /** @return whether the report is to be written in Chinese */
    public boolean chinese() {
        return LocalizedMessages.isChinese(locale);
    }
}
