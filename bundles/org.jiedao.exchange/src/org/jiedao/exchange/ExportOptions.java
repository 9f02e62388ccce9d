package org.jiedao.exchange;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Optional;
import org.jiedao.core.text.LocalizedMessages;

/**
 * How to export.
 *
 * @param filters the format's filters ({@link ExportableFormat#filters()}) with their values
 * @param chineseHeaders write the Chinese headers (else the English keys); both import again
 * @param charset the CSV file's charset (default UTF-8 with a BOM, which Excel opens correctly;
 *                GB18030 for old tools)
 */
public record ExportOptions(Map<String, String> filters, boolean chineseHeaders, Optional<Charset> charset) {

    public ExportOptions {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        charset = charset == null ? Optional.empty() : charset;
    }

    public static ExportOptions defaults(java.util.Locale locale) {
        return new ExportOptions(Map.of(), LocalizedMessages.isChinese(locale), Optional.empty());
    }
}
