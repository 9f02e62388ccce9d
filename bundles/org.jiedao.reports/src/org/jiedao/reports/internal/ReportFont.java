package org.jiedao.reports.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.jiedao.core.report.ReportException;

/**
 * The Chinese TrueType font reports are measured with and that PDFs embed. PDFBox embeds only
 * TrueType outlines (glyf) as a subset; CFF-flavoured OpenType such as Noto Sans CJK fails with
 * "OTF fonts do not have a glyf table", so only fonts with glyf outlines and both Chinese and
 * Latin glyphs qualify. Where to look: the system property {@value #PROPERTY}, the key
 * {@value #SETTING} of {@code DATA/jiedao.properties} (both lists separated by the platform's
 * path separator), then the usual places on Debian/Ubuntu and Windows.
 */
public final class ReportFont {

    /** System property naming font files to try first. */
    public static final String PROPERTY = "jiedao.report.font";
    /** Key in {@code jiedao.properties}. */
    public static final String SETTING = "report.font";

    static final List<String> DEFAULTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/arphic/ukai.ttc",
            "C:\\Windows\\Fonts\\msyh.ttc",
            "C:\\Windows\\Fonts\\simsun.ttc",
            "C:\\Windows\\Fonts\\simhei.ttf");

    private final Path file;
    private final String fontName;
    private final String family;
    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final float ascent;
    private final Map<Integer, Float> advances = new HashMap<>();

    private ReportFont(Path file, TrueTypeFont font) throws IOException {
        this.file = file;
        this.font = font;
        this.fontName = font.getName();
        String familyName = font.getNaming() == null ? null : font.getNaming().getFontFamily();
        this.family = familyName == null ? fontName : familyName;
        this.cmap = font.getUnicodeCmapLookup();
        this.unitsPerEm = font.getUnitsPerEm();
        this.ascent = font.getHorizontalHeader().getAscender() / unitsPerEm;
    }

    /**
     * Finds the font.
     *
     * @param dataDirectory the data folder (for {@code jiedao.properties}), or null
     * @throws ReportException (bilingual message) when none of the candidates qualifies
     */
    public static ReportFont locate(Path dataDirectory) {
        List<String> tried = new ArrayList<>();
        for (String candidate : candidates(dataDirectory)) {
            Path path = Path.of(candidate);
            tried.add(candidate);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            try {
                ReportFont font = open(path);
                if (font != null) {
                    return font;
                }
                ILog.of(ReportFont.class).warn("Report font " + path + " has no TrueType outlines with Chinese and Latin glyphs; skipped.");
            } catch (IOException | RuntimeException e) {
                ILog.of(ReportFont.class).warn("Report font " + path + " cannot be read: " + e, e);
            }
        }
        throw new ReportException(ReportException.Reason.FAILED, NLS.bind(Messages.Report_noFont, String.join(", ", tried)));
    }

    static Set<String> candidates(Path dataDirectory) {
        Set<String> candidates = new LinkedHashSet<>();
        split(System.getProperty(PROPERTY), candidates);
        if (dataDirectory != null) {
            Path settings = dataDirectory.resolve("jiedao.properties");
            if (Files.isRegularFile(settings)) {
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(settings); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                    split(properties.getProperty(SETTING), candidates);
                } catch (IOException e) {
                    ILog.of(ReportFont.class).warn("Cannot read " + settings + ": " + e, e);
                }
            }
        }
        String windows = System.getenv("WINDIR");
        for (String path : DEFAULTS) {
            candidates.add(windows != null ? path.replace("C:\\Windows", windows) : path);
        }
        return candidates;
    }

    private static void split(String list, Set<String> into) {
        if (list == null) {
            return;
        }
        for (String part : list.split(File.pathSeparator)) {
            if (!part.isBlank()) {
                into.add(part.strip());
            }
        }
    }

    /** @return the first usable font in the file (a collection may hold several), or null */
    private static ReportFont open(Path path) throws IOException {
        if (path.getFileName().toString().toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
            ReportFont[] found = new ReportFont[1];
            collection.processAllFonts(ttf -> {
                if (found[0] == null && usable(ttf)) {
                    found[0] = new ReportFont(path, ttf);
                }
            });
            if (found[0] == null) {
                collection.close();
            }
            return found[0];
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
        if (!usable(ttf)) {
            ttf.close();
            return null;
        }
        return new ReportFont(path, ttf);
    }

    private static boolean usable(TrueTypeFont ttf) throws IOException {
        if (ttf instanceof OpenTypeFont otf && otf.isPostScript()) {
            return false;
        }
        if (ttf.getGlyph() == null) {
            return false;
        }
        CmapLookup lookup = ttf.getUnicodeCmapLookup(false);
        return lookup != null && lookup.getGlyphId('中') != 0 && lookup.getGlyphId('A') != 0 && lookup.getGlyphId('1') != 0;
    }

    /** @return the font file */
    public Path file() {
        return file;
    }

    /** @return the PostScript name of the chosen font (in a collection: which one) */
    public String fontName() {
        return fontName;
    }

    /** @return the family name, for SWT */
    public String family() {
        return family;
    }

    /** @return the width of {@code text} at {@code size} points */
    public synchronized float width(String text, float size) {
        float em = 0;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            em += advance(cp);
        }
        return em * size;
    }

    private float advance(int codePoint) {
        return advances.computeIfAbsent(codePoint, cp -> {
            try {
                int gid = cmap.getGlyphId(cp);
                return font.getAdvanceWidth(gid) / unitsPerEm;
            } catch (IOException e) {
                return 1f;
            }
        });
    }

    /** @return the distance from the top of a line to its baseline at {@code size} points */
    public float ascent(float size) {
        return ascent * size;
    }

    /** @return whether the font has a glyph for the character */
    public synchronized boolean canDisplay(int codePoint) {
        return codePoint == ' ' || cmap.getGlyphId(codePoint) != 0;
    }

    /**
     * @return the text with characters the font lacks replaced by '?', tabs by spaces and other
     *         control characters removed (PDFBox refuses what the font cannot show)
     */
    public String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                out.append(' ');
            } else if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp)) {
                continue;
            } else if (canDisplay(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        }
        return out.toString();
    }

    /**
     * Opens the font file again for one PDF: the subsetter reads the font's tables, and a fresh
     * instance keeps that independent of layouts running at the same time.
     */
    TrueTypeFont openForEmbedding(List<AutoCloseable> toClose) throws IOException {
        if (file.getFileName().toString().toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            toClose.add(collection);
            return collection.getFontByName(fontName);
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        toClose.add(ttf);
        return ttf;
    }
}
