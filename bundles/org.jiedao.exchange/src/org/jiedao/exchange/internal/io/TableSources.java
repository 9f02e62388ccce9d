package org.jiedao.exchange.internal.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.eclipse.osgi.util.NLS;
import org.jiedao.exchange.ExchangeException;
import org.jiedao.exchange.ExchangeException.Kind;
import org.jiedao.exchange.internal.Messages;

/** Opens a file by what it contains (not by its name): xlsx, xls, or text as CSV. */
public final class TableSources {

    private TableSources() {
    }

    public static TableSource open(Path file, Optional<Charset> charset, Locale locale) throws ExchangeException {
        ClassLoaders.init();
        Messages m = Messages.get(locale);
        if (!Files.isRegularFile(file)) {
            throw new ExchangeException(Kind.IO, NLS.bind(m.File_notFound, file));
        }
        FileMagic magic;
        byte[] head;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(8192);
            head = in.readNBytes(8192);
            in.reset();
            magic = head.length == 0 ? FileMagic.UNKNOWN : FileMagic.valueOf(in);
        } catch (NoSuchFileException e) {
            throw new ExchangeException(Kind.IO, NLS.bind(m.File_notFound, file), e);
        } catch (IOException e) {
            throw new ExchangeException(Kind.IO, NLS.bind(m.File_unreadable, file, e.getMessage()), e);
        }
        switch (magic) {
        case OOXML:
            return ClassLoaders.withBundleLoader(() -> XlsxSource.open(file, locale));
        case OLE2:
            return openOle2(file, locale);
        case UNKNOWN:
        case HTML:
        case XML:
            if (magic == FileMagic.UNKNOWN && isBinary(head)) {
                throw new ExchangeException(Kind.UNSUPPORTED_TYPE, NLS.bind(m.File_unsupported, file.getFileName()));
            }
            if (magic != FileMagic.UNKNOWN) {
                throw new ExchangeException(Kind.UNSUPPORTED_TYPE, NLS.bind(m.File_unsupportedKind, magic.name()));
            }
            return new CsvSource(file, charset, locale);
        default:
            throw new ExchangeException(Kind.UNSUPPORTED_TYPE, NLS.bind(m.File_unsupportedKind, magic.name()));
        }
    }

    private static TableSource openOle2(Path file, Locale locale) throws ExchangeException {
        Messages m = Messages.get(locale);
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw damaged(e, locale);
        }
        boolean keep = false;
        try {
            if (fs.getRoot().hasEntry("EncryptedPackage") || fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new ExchangeException(Kind.ENCRYPTED, NLS.bind(m.File_encrypted, file.getFileName()));
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK") && !fs.getRoot().hasEntry("BOOK")
                    && !fs.getRoot().hasEntry("Book")) {
                boolean word = fs.getRoot().hasEntry("WordDocument");
                throw new ExchangeException(Kind.UNSUPPORTED_TYPE,
                        word ? m.File_wordDocument : NLS.bind(m.File_unsupportedKind, "OLE2"));
            }
            XlsSource source = XlsSource.open(fs, file, locale);
            keep = true;
            return source;
        } finally {
            if (!keep) {
                try {
                    fs.close();
                } catch (IOException e) {
                    // read-only
                }
            }
        }
    }

    /** NUL bytes in the first block: not a text file, unless UTF-16 (which has a BOM). */
    private static boolean isBinary(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return false;
        }
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** A plain-language error for a file POI could not read. */
    static ExchangeException damaged(Throwable e, Locale locale) {
        Messages m = Messages.get(locale);
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb")) {
                return new ExchangeException(Kind.DAMAGED, m.File_suspicious, e);
            }
            if (t instanceof org.apache.poi.EncryptedDocumentException) {
                return new ExchangeException(Kind.ENCRYPTED, NLS.bind(m.File_encrypted, ""), e);
            }
        }
        return new ExchangeException(Kind.DAMAGED, NLS.bind(m.File_damaged, String.valueOf(e.getMessage())), e);
    }
}
