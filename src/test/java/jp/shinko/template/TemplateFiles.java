package jp.shinko.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits exported template files the way a person (or another tool) would, for tests. */
final class TemplateFiles {

    private TemplateFiles() {
    }

    static byte[] editXlsx(byte[] xlsx, Consumer<XSSFWorkbook> edit) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            edit.accept(workbook);
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the cell of a 1-based row under a header: text, a number, or null to empty it. */
    static void set(Sheet sheet, int line, String header, Object value) {
        int column = column(sheet, header);
        var row = sheet.getRow(line - 1) == null ? sheet.createRow(line - 1) : sheet.getRow(line - 1);
        if (value == null) {
            var cell = row.getCell(column);
            if (cell != null) {
                row.removeCell(cell);
            }
        } else if (value instanceof Number number) {
            row.createCell(column).setCellValue(number.doubleValue());
        } else {
            row.createCell(column).setCellValue(value.toString());
        }
    }

    static int column(Sheet sheet, String header) {
        for (var cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalArgumentException("no column " + header);
    }

    /** The files of a ZIP archive by name, in archive order. */
    static Map<String, byte[]> unzip(byte[] zip) {
        var files = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A ZIP archive of the files, their names written in {@code names} (UTF-8, or MS932 as Windows does). */
    static byte[] zip(Map<String, byte[]> files, Charset names) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, names)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
