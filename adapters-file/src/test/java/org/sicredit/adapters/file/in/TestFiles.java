package org.sicredit.adapters.file.in;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files as providers make them, made by the tests: CSV in any encoding, workbooks typed cell by cell, raw packages. */
final class TestFiles {

    static final String HEADER = "失信主体名称,统一社会信用代码,法定代表人姓名,法定代表人证件号码,失信类别,事由,失信行为日期,"
            + "文书编号,金额";

    private TestFiles() {
    }

    /** An organisation's row of {@link #HEADER}: category 1, CNY 52,000. */
    static String row(String code, String document, String actDate) {
        return "上海示例贸易有限公司," + code + ",张三,11010519491231002X,1,未按时足额缴纳社会保险费," + actDate + ","
                + document + ",52000.00";
    }

    static byte[] csv(Charset charset, boolean byteOrderMark, String... lines) {
        String text = String.join("\r\n", lines) + "\r\n";
        byte[] body = text.getBytes(charset);
        byte[] mark = !byteOrderMark ? new byte[0] : charset.equals(StandardCharsets.UTF_8)
                ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : new byte[] {(byte) 0xFF, (byte) 0xFE};
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    /** A workbook whose first sheet holds {@code rows}, each cell written with its Java type (a date as a date). */
    static byte[] xlsx(List<List<Object>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("报送数据");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof String text) {
                        sheet.value(r, c, text);
                    } else if (value instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (value instanceof java.time.LocalDate day) {
                        sheet.value(r, c, day);
                        sheet.style(r, c).format("yyyy-mm-dd").set();
                    } else if (value instanceof Boolean yes) {
                        sheet.value(r, c, yes);
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip package of the given parts, as a workbook's would be, written by hand. */
    static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A minimal workbook whose one sheet is {@code sheetData} (the XML inside {@code <sheetData>}). */
    static Map<String, byte[]> workbookParts(String sheetData) {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/"
                + "xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"));
        parts.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
                + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook"
                + ".xml\"/></Relationships>"));
        parts.put("xl/workbook.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://"
                + "schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships\"><sheets><sheet name=\"报送数据\" sheetId=\"1\" r:id=\"rId1\"/>"
                + "</sheets></workbook>"));
        parts.put("xl/_rels/workbook.xml.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target="
                + "\"worksheets/sheet1.xml\"/></Relationships>"));
        parts.put("xl/worksheets/sheet1.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns="
                + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + sheetData
                + "</sheetData></worksheet>"));
        return parts;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
