package org.jiedao.reports.internal;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.core.runtime.ILog;

/**
 * PDFBox logs through commons-logging, which (without Log4j or SLF4J in the runtime) uses
 * java.util.logging, whose default handler writes to standard error: "WARNING: Format 14 cmap
 * table is not supported" in the middle of {@code jiedao-cli} output. The PDFBox and FontBox
 * loggers are therefore cut off from the console and their warnings go to the platform log
 * ({@code DATA/.metadata/.log}) instead.
 */
final class PdfBoxLogging {

    /** Strong references: java.util.logging keeps loggers only weakly. */
    private static final Logger[] LOGGERS = { Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox") };

    private static boolean installed;

    private PdfBoxLogging() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        Handler toPlatformLog = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    ILog.of(PdfBoxLogging.class).warn("PDFBox: " + record.getLoggerName() + ": " + record.getMessage(),
                            record.getThrown());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        for (Logger logger : LOGGERS) {
            logger.setUseParentHandlers(false);
            logger.setLevel(Level.WARNING);
            logger.addHandler(toPlatformLog);
        }
    }
}
