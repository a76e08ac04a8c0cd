package jp.shinko.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * ZIP archives made byte by byte for the tests, as an attacker would: many entries sharing one
 * deflated block (so 150 entries of 63 MB zeros cost one compression), names given twice (which
 * {@link java.util.zip.ZipOutputStream} refuses to write).
 */
public final class Bomb {

    private Bomb() {
    }

    /** {@code names.size()} entries, each {@code zeros} zero bytes, deflated. */
    public static byte[] zeros(List<String> names, int zeros) {
        var deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[zeros]);
        deflater.finish();
        var compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        var crc = new CRC32();
        crc.update(new byte[zeros]);
        return archive(names, compressed.toByteArray(), (int) crc.getValue(), zeros, 8);
    }

    /** Entries holding {@code content} as given (stored, not compressed). */
    public static byte[] stored(List<String> names, byte[] content) {
        var crc = new CRC32();
        crc.update(content);
        return archive(names, content, (int) crc.getValue(), content.length, 0);
    }

    private static byte[] archive(List<String> names, byte[] data, int crc, int size, int method) {
        var out = new ByteArrayOutputStream();
        var directory = new ByteArrayOutputStream();
        for (String name : names) {
            byte[] n = name.getBytes(StandardCharsets.UTF_8);
            int offset = out.size();
            var local = le(30 + n.length);
            local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) method)
                    .putInt(0).putInt(crc).putInt(data.length).putInt(size).putShort((short) n.length).putShort((short) 0)
                    .put(n);
            out.writeBytes(local.array());
            out.writeBytes(data);
            var central = le(46 + n.length);
            central.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800)
                    .putShort((short) method).putInt(0).putInt(crc).putInt(data.length).putInt(size)
                    .putShort((short) n.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putInt(0).putInt(offset).put(n);
            directory.writeBytes(central.array());
        }
        int directoryOffset = out.size();
        out.writeBytes(directory.toByteArray());
        var end = le(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) names.size())
                .putShort((short) names.size()).putInt(directory.size()).putInt(directoryOffset).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
