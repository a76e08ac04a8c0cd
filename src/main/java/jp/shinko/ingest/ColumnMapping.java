package jp.shinko.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import jp.shinko.ingest.mapping.MappingProfile;
import jp.shinko.ingest.mapping.MappingReader;
import jp.shinko.ingest.mapping.ProfileReader;

/**
 * A city's own table read through its mapping profile (docs/mapping-format.md): the profile is
 * loaded and checked once, then each file (XLSX, CSV, or the PDF of the same table) is read into a
 * document the import use case saves like any other ({@link ImportDocuments#save}).
 */
public final class ColumnMapping {

    private final MappingReader reader;

    private ColumnMapping(MappingProfile profile) {
        this.reader = new MappingReader(profile);
    }

    /** The profile in a YAML or JSON file. */
    public static ColumnMapping load(Path profile) {
        return of(profile.getFileName().toString(), bytes(profile));
    }

    public static ColumnMapping of(String profileName, byte[] profile) {
        return new ColumnMapping(ProfileReader.read(profileName, profile));
    }

    public MappingProfile profile() {
        return reader.profile();
    }

    public DocumentReader.ReadDocument read(Path file) {
        return read(file.getFileName().toString(), bytes(file));
    }

    public DocumentReader.ReadDocument read(String fileName, byte[] bytes) {
        var read = reader.read(fileName, bytes);
        return new DocumentReader.ReadDocument(read.text(), read.parsed());
    }

    private static byte[] bytes(Path file) {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > DocumentReader.MAX_BYTES) {
                throw new ParseException(name, 0, Reason.of("file.too-large", size, DocumentReader.MAX_BYTES));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ParseException(name, 0, Reason.of("file.missing", file));
        } catch (IOException e) {
            throw new ParseException(name, 0, Reason.of("file.unreadable", Reason.detail(e)));
        }
    }
}
