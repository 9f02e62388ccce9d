package org.jiedao.reports.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.eclipse.osgi.util.NLS;
import org.jiedao.core.report.ReportException;
import org.jiedao.reports.DrawOp;
import org.jiedao.reports.LaidOutReport;

/**
 * Writes a laid-out report as PDF with PDFBox: the report font embedded as a subset (a Type 0
 * font with a ToUnicode map, so the Chinese text can be searched and copied), bold drawn as
 * fill-and-stroke. The file is written beside the target and moved into place, so a failure
 * never leaves half a PDF.
 */
final class PdfReportWriter {

    private PdfReportWriter() {
    }

    static void write(LaidOutReport report, ReportFont font, Path file) {
        PdfBoxLogging.install();
        Path target = file.toAbsolutePath();
        Path temporary = null;
        List<AutoCloseable> toClose = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            PDType0Font pdfFont = PDType0Font.load(document, font.openForEmbedding(toClose), true);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(report.title());
            info.setCreator("Jiedao");
            info.setCreationDate(Calendar.getInstance());
            for (List<DrawOp> ops : report.pages()) {
                PDPage page = new PDPage(new PDRectangle(report.pageWidth(), report.pageHeight()));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    draw(content, pdfFont, ops, report.pageHeight());
                }
            }
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), ".report-", ".pdf");
            document.save(temporary.toFile());
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            throw new ReportException(ReportException.Reason.FAILED, NLS.bind(Messages.Report_writeFailed, target, e.getMessage()), e);
        } finally {
            for (AutoCloseable closeable : toClose) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // nothing left to do with a font file we only read
                }
            }
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // a stray temporary file; the report itself is in place or the error reported
                }
            }
        }
    }

    private static void draw(PDPageContentStream content, PDType0Font font, List<DrawOp> ops, float height) throws IOException {
        content.setStrokingColor(0f);
        for (DrawOp op : ops) {
            if (op instanceof DrawOp.Rect rect) {
                if (rect.fillGray() >= 0) {
                    content.setNonStrokingColor(rect.fillGray());
                    content.addRect(rect.x(), height - rect.y() - rect.height(), rect.width(), rect.height());
                    content.fill();
                }
                if (rect.stroke() > 0) {
                    content.setLineWidth(rect.stroke());
                    content.addRect(rect.x(), height - rect.y() - rect.height(), rect.width(), rect.height());
                    content.stroke();
                }
            } else if (op instanceof DrawOp.Line line) {
                content.setLineWidth(line.width());
                content.moveTo(line.x1(), height - line.y1());
                content.lineTo(line.x2(), height - line.y2());
                content.stroke();
            }
        }
        content.setNonStrokingColor(0f);
        for (DrawOp op : ops) {
            if (op instanceof DrawOp.Text text) {
                if (text.bold()) {
                    content.setLineWidth(text.size() * 0.03f);
                }
                content.beginText();
                content.setFont(font, text.size());
                if (text.bold()) {
                    content.setRenderingMode(RenderingMode.FILL_STROKE);
                } else {
                    content.setRenderingMode(RenderingMode.FILL);
                }
                content.newLineAtOffset(text.x(), height - text.baseline());
                content.showText(text.text());
                content.endText();
            }
        }
    }
}
