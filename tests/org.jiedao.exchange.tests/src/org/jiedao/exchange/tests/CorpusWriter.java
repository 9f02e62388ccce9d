package org.jiedao.exchange.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the test corpus (tests/org.jiedao.exchange.tests/corpus): good and bad files as officers
 * and their tools produce them. The files are committed; this program documents how each was made
 * and remakes them: {@code java -cp POI-JARS:bin org.jiedao.exchange.tests.CorpusWriter corpus}.
 */
public final class CorpusWriter {

    static final String[] KEYS = { "title", "community", "received_on", "amount", "visits", "kind" };
    static final String[] CHINESE = { "标题", "社区", "收到日期", "金额", "走访次数", "类型" };
    static final String[] TITLES = { "楼道堆放杂物，存在消防隐患", "建议增设老年助餐点", "小区路灯不亮", "希望开设四点半课堂", "电动车充电桩不够用" };
    static final String[] COMMUNITIES = { "X-1-1", "华辰嘉园社区", "X-1-2", "华元社区" };
    static final String[] KINDS = { "诉求", "建议", "request", "opinion", "suggestion" };

    private CorpusWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "corpus");
        Files.createDirectories(dir);
        csv(dir.resolve("good.csv"), StandardCharsets.UTF_8, false, KEYS, 5);
        csv(dir.resolve("good-bom.csv"), StandardCharsets.UTF_8, true, CHINESE, 5);
        csv(dir.resolve("good-gbk.csv"), Charset.forName("GBK"), false, CHINESE, 5);
        xlsx(dir.resolve("good.xlsx"), 5, false, false);
        xls(dir.resolve("good.xls"), 5);
        Files.writeString(dir.resolve("invalid-rows.csv"), String.join("\n",
                "title,community,received_on,amount,visits,kind",
                "正常的一行,X-1-1,2021-06-15,12.5,3,诉求",
                "找不到的社区,不存在社区,2021-06-15,1,1,诉求",
                "不存在的日期,X-1-1,2021-02-30,1,1,诉求",
                "金额超出,X-1-2,2021/6/15,100000.01,1,意见",
                ",X-1-2,2021年6月15日,1,1,建议",
                "类型不对,X-1-2,2021-06-15,1,1,投诉",
                "走访次数不是整数,X-1-1,2021-06-15,1,2.5,诉求",
                "重复标题,X-1-1,2021-06-15,1,1,诉求",
                "重复标题,X-1-1,2021-06-16,1,1,诉求",
                "另一行正常的,华元社区,2021-06-17,,,") + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("duplicate-header.csv"), "title,标题,community\n甲,乙,X-1-1\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("unknown-header.csv"), "title,community,phon\n甲,X-1-1,13800000000\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("missing-column.csv"), "title,received_on\n甲,2021-06-15\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("header-only.csv"), "title,community\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("unterminated.csv"), "title,community\n\"没有结束的引号,X-1-1\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("huge-cell.csv"), "title,community\n" + "长".repeat(40_000) + ",X-1-1\n", StandardCharsets.UTF_8);
        // a PNG picture renamed to .csv
        Files.write(dir.resolve("picture.csv"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H',
                'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 });
        xlsx(dir.resolve("formula.xlsx"), 3, true, false);
        xlsx(dir.resolve("merged-header.xlsx"), 3, false, true);
        try (XSSFWorkbook empty = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("empty.xlsx"))) {
            empty.createSheet("空表");
            empty.write(out);
        }
        byte[] good = Files.readAllBytes(dir.resolve("good.xlsx"));
        Files.write(dir.resolve("truncated.xlsx"), java.util.Arrays.copyOf(good, good.length / 2));
        encrypted(dir.resolve("good.xlsx"), dir.resolve("password.xlsx"));
        word(dir.resolve("document.xlsx"));
        large(dir.resolve("large-100k.xlsx"), 100_000);
        csv(dir.resolve("large-100k.csv"), StandardCharsets.UTF_8, true, KEYS, 100_000);
    }

    static String title(int i) {
        return TITLES[i % TITLES.length] + "（第" + (i + 1) + "件）";
    }

    static void csv(Path file, Charset charset, boolean bom, String[] headers, int rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
            bytes.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        }
        StringBuilder text = new StringBuilder(String.join(",", headers)).append("\r\n");
        for (int i = 0; i < rows; i++) {
            LocalDate date = LocalDate.of(2021, 6, 1).plusDays(i % 180);
            String shown = i % 3 == 0 ? date.toString() : i % 3 == 1 ? date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth()
                    : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            text.append('"').append(title(i)).append('"').append(',').append(COMMUNITIES[i % COMMUNITIES.length]).append(',')
                    .append(shown).append(',').append((i % 1000) + ".5").append(',').append(i % 10).append(',')
                    .append(KINDS[i % KINDS.length]).append("\r\n");
        }
        bytes.write(text.toString().getBytes(charset));
        Files.write(file, bytes.toByteArray());
    }

    static void xlsx(Path file, int rows, boolean formula, boolean mergedHeader) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(workbook, rows, formula, mergedHeader);
            workbook.write(out);
        }
    }

    static void xls(Path file, int rows) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(workbook, rows, false, false);
            workbook.write(out);
        }
    }

    private static void fill(Workbook workbook, int rows, boolean formula, boolean mergedHeader) {
        Sheet sheet = workbook.createSheet("来信登记");
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        Row header = sheet.createRow(0);
        List<String> headers = List.of(CHINESE);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
        }
        if (mergedHeader) {
            header.getCell(1).setBlank();
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
        }
        for (int i = 0; i < rows; i++) {
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(title(i));
            row.createCell(1).setCellValue(COMMUNITIES[i % COMMUNITIES.length]);
            org.apache.poi.ss.usermodel.Cell date = row.createCell(2);
            date.setCellValue(LocalDate.of(2021, 6, 1).plusDays(i));
            date.setCellStyle(dateStyle);
            if (formula && i == 1) {
                row.createCell(3).setCellFormula("10+2.5");
            } else {
                row.createCell(3).setCellValue(100 + i + 0.25);
            }
            row.createCell(4).setCellValue(i);
            row.createCell(5).setCellValue(KINDS[i % KINDS.length]);
        }
    }

    static void large(Path file, int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("数据");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < KEYS.length; c++) {
                header.createCell(c).setCellValue(KEYS[c]);
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(title(i));
                row.createCell(1).setCellValue(COMMUNITIES[i % COMMUNITIES.length]);
                org.apache.poi.ss.usermodel.Cell date = row.createCell(2);
                date.setCellValue(LocalDate.of(2021, 6, 1).plusDays(i % 180));
                date.setCellStyle(dateStyle);
                row.createCell(3).setCellValue(i % 1000 + 0.5);
                row.createCell(4).setCellValue(i % 10);
                row.createCell(5).setCellValue(KINDS[i % KINDS.length]);
            }
            workbook.write(out);
        }
    }

    static void encrypted(Path plain, Path file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("jiedao");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(Files.readAllBytes(plain));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }

    /** A word-processor document (.docx) that was named .xlsx. */
    static void word(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>关于小区停车的建议</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        }
    }
}
