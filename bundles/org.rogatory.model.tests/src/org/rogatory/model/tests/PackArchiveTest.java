package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.model.archive.ArchiveException;
import org.rogatory.model.archive.ArchiveLimits;
import org.rogatory.model.archive.ArchiveManifest;
import org.rogatory.model.archive.PackArchive;
import org.rogatory.model.archive.PackArchives;
import org.rogatory.model.internal.archive.ManifestCodec;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.ScenarioLoader;

/** Pack archives: faithful and deterministic when written, and suspicious of everything when read. */
class PackArchiveTest {

    @TempDir
    Path work;

    /** The minimal fixture with a French translation, so translations travel too. */
    private Path pack() throws IOException {
        Path folder = Fixtures.copy("minimal", work.resolve("minimal"));
        Files.createDirectories(folder.resolve("l10n"));
        Files.writeString(folder.resolve("l10n/case_fr.properties"), "case.title = Un serveur en Carpanie\n",
                StandardCharsets.UTF_8);
        return folder;
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private Path archive(byte[] bytes) throws IOException {
        Path file = work.resolve("hostile.rogpack");
        Files.write(file, bytes);
        return file;
    }

    private String refusal(byte[] zip) throws IOException {
        return refusal(zip, ArchiveLimits.standard());
    }

    private String refusal(byte[] zip, ArchiveLimits limits) throws IOException {
        Path file = archive(zip);
        ArchiveException e = assertThrows(ArchiveException.class, () -> PackArchives.read(file, limits));
        return e.getMessage();
    }

    private static SortedMap<String, byte[]> packFiles() {
        return HostileZips.files("pack/pack.rogatory", "<x/>", "pack/case.rogatory", "<y/>");
    }

    @Test
    void exportThenExtractGivesTheSameFilesByteForByte() throws Exception {
        Path folder = pack();
        Path file = work.resolve("minimal.rogpack");
        ArchiveManifest written = PackArchives.write(folder, file);
        PackArchive read = PackArchives.read(file);
        assertEquals(written, read.manifest());
        Path extracted = work.resolve("imported/minimal");
        read.extractTo(extracted);
        Map<String, byte[]> before = contents(folder);
        Map<String, byte[]> after = contents(extracted);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        assertEquals(written.digest(), PackArchives.write(extracted, work.resolve("again.rogpack")).digest());
    }

    @Test
    void manifestDescribesThePackAndEveryFile() throws Exception {
        ArchiveManifest manifest = PackArchives.write(pack(), work.resolve("m.rogpack"));
        assertEquals(ArchiveManifest.CURRENT_FORMAT, manifest.archiveFormat());
        assertEquals("minimal", manifest.id());
        assertEquals("1.0.0", manifest.version());
        assertEquals("Minimal pack", manifest.title());
        assertEquals("0.1", manifest.minRogatoryVersion());
        assertEquals(List.of("pack/case.rogatory", "pack/l10n/case_fr.properties", "pack/pack.rogatory"),
                manifest.entries().stream().map(e -> e.path()).toList());
        assertTrue(manifest.digest().matches("sha256:[0-9a-f]{64}"), manifest.digest());
    }

    @Test
    void theSamePackGivesByteIdenticalArchives() throws Exception {
        Path folder = pack();
        Path first = work.resolve("first.rogpack");
        Path second = work.resolve("second.rogpack");
        PackArchives.write(folder, first);
        Files.setLastModifiedTime(folder.resolve("case.rogatory"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 86_400_000L));
        PackArchives.write(folder, second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void extractingReplacesAnEarlierImportAndLeavesNoTemporaryFolders() throws Exception {
        Path file = work.resolve("m.rogpack");
        PackArchives.write(pack(), file);
        Path target = work.resolve("imports/minimal");
        Files.createDirectories(target);
        Files.writeString(target.resolve("stale.rogatory"), "old");
        PackArchives.read(file).extractTo(target);
        assertTrue(Files.notExists(target.resolve("stale.rogatory")));
        try (Stream<Path> children = Files.list(work.resolve("imports"))) {
            assertEquals(List.of("minimal"), children.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void entriesWithParentSegmentsAreRefused() throws IOException {
        SortedMap<String, byte[]> files = packFiles();
        files.put("pack/../evil.sh", "x".getBytes(StandardCharsets.UTF_8));
        String message = refusal(HostileZips.consistent(files));
        assertTrue(message.contains("hostile.rogpack!/pack/../evil.sh: The entry \"pack/../evil.sh\" contains \"..\""),
                message);
        assertTrue(message.contains("Fix: "), message);
    }

    @Test
    void absoluteEntriesAreRefused() throws IOException {
        SortedMap<String, byte[]> files = packFiles();
        files.put("/etc/cron.d/evil", "x".getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(HostileZips.consistent(files)).contains("is an absolute path"));
    }

    @Test
    void driveLetterEntriesAreRefused() throws IOException {
        SortedMap<String, byte[]> files = packFiles();
        files.put("C:/Windows/evil.dll", "x".getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(HostileZips.consistent(files)).contains("starts with a drive letter"));
    }

    @Test
    void backslashEntriesAreRefused() throws IOException {
        SortedMap<String, byte[]> files = packFiles();
        files.put("pack\\..\\..\\evil.bat", "x".getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(HostileZips.consistent(files)).contains("uses a backslash"));
    }

    @Test
    void entriesOutsideThePackFolderAreRefused() throws IOException {
        SortedMap<String, byte[]> files = packFiles();
        files.put("autorun.inf", "x".getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(HostileZips.consistent(files)).contains("outside the folder \"pack/\""));
    }

    @Test
    void symbolicLinksAreRefused() throws IOException {
        SortedMap<String, byte[]> files = packFiles();
        files.put("pack/l10n", "/etc".getBytes(StandardCharsets.UTF_8));
        String message = refusal(HostileZips.makeLink(HostileZips.consistent(files), "pack/l10n"));
        assertTrue(message.contains("The entry \"pack/l10n\" is a symbolic link"), message);
    }

    @Test
    void tooManyEntriesAreRefusedBeforeAnyIsRead() throws IOException {
        SortedMap<String, byte[]> files = packFiles();
        for (int i = 0; i < 2000; i++) {
            files.put("pack/l10n/f" + i + ".properties", new byte[0]);
        }
        String message = refusal(HostileZips.consistent(files));
        assertTrue(message.contains("The archive lists 2003 entries, more than the 2000"), message);
    }

    @Test
    void anEntryThatInflatesTooFarIsRefusedWhateverItsHeaderClaims() throws IOException {
        SortedMap<String, byte[]> files = packFiles();
        files.put("pack/bomb.rogatory", new byte[17 * 1024 * 1024]);
        byte[] zip = HostileZips.claimSize(HostileZips.consistent(files), "pack/bomb.rogatory", 100);
        String message = refusal(zip);
        assertTrue(message.contains("pack/bomb.rogatory: The entry inflates to more than 16 MB"), message);
    }

    @Test
    void archivesThatInflateTooFarInTotalAreRefused() throws IOException {
        SortedMap<String, byte[]> files = packFiles();
        files.put("pack/a.rogatory", new byte[600_000]);
        files.put("pack/b.rogatory", new byte[600_000]);
        String message = refusal(HostileZips.consistent(files), new ArchiveLimits(1 << 20, 10, 1 << 20, 1 << 20));
        assertTrue(message.contains("inflates to more than Rogatory accepts for a pack in total"), message);
    }

    @Test
    void aSizeClaimThatDiffersFromTheRealSizeIsRefused() throws IOException {
        byte[] zip = HostileZips.claimSize(HostileZips.consistent(packFiles()), "pack/case.rogatory", 2);
        assertTrue(refusal(zip).contains("claims 2 bytes but inflates to 4"));
    }

    @Test
    void duplicateEntriesAreRefused() throws IOException {
        SortedMap<String, byte[]> files = packFiles();
        files.put("pack/cose.rogatory", "<z/>".getBytes(StandardCharsets.UTF_8));
        byte[] zip = HostileZips.rename(HostileZips.consistent(files), "pack/cose.rogatory", "pack/case.rogatory");
        assertTrue(refusal(zip).contains("The entry \"pack/case.rogatory\" occurs twice"));
    }

    @Test
    void namesThatDifferOnlyInCaseAreDuplicates() throws IOException {
        SortedMap<String, byte[]> files = packFiles();
        files.put("pack/CASE.rogatory", "<z/>".getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(HostileZips.consistent(files)).contains("occurs twice"));
    }

    @Test
    void aChangedFileIsRefusedByItsHash() throws IOException {
        SortedMap<String, byte[]> listed = packFiles();
        SortedMap<String, byte[]> actual = new TreeMap<>(listed);
        actual.put("pack/case.rogatory", "<Y/>".getBytes(StandardCharsets.UTF_8));
        String message = refusal(HostileZips.listing(listed, actual));
        assertTrue(message.contains("pack/case.rogatory: The file \"pack/case.rogatory\" is not the file that was exported"),
                message);
    }

    @Test
    void aChangedManifestIsRefusedByItsDigest() throws IOException {
        SortedMap<String, byte[]> files = packFiles();
        ArchiveManifest honest = HostileZips.manifestFor(files);
        ArchiveManifest forged = new ArchiveManifest(1, honest.id(), honest.version(), honest.title(), "",
                honest.entries(), "sha256:" + "0".repeat(64));
        String message = refusal(HostileZips.zip(ManifestCodec.encode(forged), files));
        assertTrue(message.contains("The manifest was changed after export"), message);
    }

    @Test
    void unlistedAndMissingFilesAreRefused() throws IOException {
        SortedMap<String, byte[]> listed = packFiles();
        SortedMap<String, byte[]> extra = new TreeMap<>(listed);
        extra.put("pack/extra.rogatory", "<e/>".getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(HostileZips.listing(listed, extra)).contains("which its manifest does not list"));
        SortedMap<String, byte[]> fewer = new TreeMap<>(listed);
        fewer.remove("pack/case.rogatory");
        assertTrue(refusal(HostileZips.listing(listed, fewer)).contains("which the archive does not hold"));
    }

    @Test
    void aNewerArchiveFormatAsksForANewerRogatory() throws IOException {
        SortedMap<String, byte[]> files = packFiles();
        String manifest = new String(ManifestCodec.encode(HostileZips.manifestFor(files)), StandardCharsets.UTF_8)
                .replace("\"archiveFormat\": 1", "\"archiveFormat\": 2");
        String message = refusal(HostileZips.zip(manifest.getBytes(StandardCharsets.UTF_8), files));
        assertTrue(message.contains("rogpack.json: The archive uses pack archive format 2, written by a newer Rogatory"),
                message);
        assertTrue(message.contains("Update Rogatory"), message);
    }

    @Test
    void anUnknownArchiveFormatIsRefused() throws IOException {
        SortedMap<String, byte[]> files = packFiles();
        String manifest = new String(ManifestCodec.encode(HostileZips.manifestFor(files)), StandardCharsets.UTF_8)
                .replace("\"archiveFormat\": 1", "\"archiveFormat\": 0");
        assertTrue(refusal(HostileZips.zip(manifest.getBytes(StandardCharsets.UTF_8), files))
                .contains("archive format \"0\", which no Rogatory release has written"));
    }

    @Test
    void aZipWithoutManifestOrNotAZipIsRefused() throws IOException {
        assertTrue(refusal(HostileZips.zip(null, packFiles())).contains("no manifest \"rogpack.json\""));
        assertTrue(refusal("not a zip at all".getBytes(StandardCharsets.UTF_8)).contains("This is not a zip archive"));
    }

    @Test
    void aDoctypeInsideAnArchiveReachesTheLoadersGate() throws Exception {
        Path folder = pack();
        Path packFile = folder.resolve("pack.rogatory");
        String text = Files.readString(packFile).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n");
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put("pack/pack.rogatory", text.getBytes(StandardCharsets.UTF_8));
        files.put("pack/case.rogatory", Files.readAllBytes(folder.resolve("case.rogatory")));
        PackArchive read = PackArchives.read(archive(HostileZips.consistent(files)));
        LoadException e = assertThrows(LoadException.class, () -> new ScenarioLoader().loadPack(read.source()));
        assertTrue(e.getMessage().contains("hostile.rogpack!/pack/pack.rogatory"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }
}
