package org.rogatory.engine.packs.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.rogatory.engine.Engine;
import org.rogatory.engine.packs.ImportedPack;
import org.rogatory.engine.packs.ImportedPacks;
import org.rogatory.engine.packs.PackImportException;
import org.rogatory.engine.packs.PackImporter;
import org.rogatory.model.archive.PackArchives;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.ScenarioLoader;

/** Importing archives: a sound pack lands where the workbench looks; anything else is refused and nothing written. */
class PackImporterTest {

    @TempDir
    Path work;

    private final PackImporter importer = new PackImporter(Engine.standard());

    private Path fixture(String name) throws IOException {
        Path folder = Files.createDirectories(work.resolve("src-" + name.replace('/', '-')));
        Enumeration<URL> entries = FrameworkUtil.getBundle(PackImporterTest.class).findEntries("fixtures/" + name,
                "*.rogatory", false);
        while (entries.hasMoreElements()) {
            URL entry = entries.nextElement();
            try (InputStream in = entry.openStream()) {
                Files.copy(in, folder.resolve(entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1)));
            }
        }
        return folder;
    }

    private Path archiveOf(Path folder) throws Exception {
        Path archive = work.resolve(folder.getFileName() + ".rogpack");
        PackArchives.write(folder, archive);
        return archive;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return true;
        }
        try (var children = Files.list(folder)) {
            return children.findAny().isEmpty();
        }
    }

    @Test
    void aSoundPackIsInstalledUnderItsIdAndListedWithTheImportedPacks() throws Exception {
        Path source = fixture("golden/pack");
        Path imports = work.resolve("imports");
        ImportedPack installed = importer.install(archiveOf(source), imports);
        assertEquals("golden", installed.id());
        assertEquals(imports.toAbsolutePath().normalize().resolve("golden"), installed.folder());
        for (String file : List.of("pack.rogatory", "ransomware.rogatory")) {
            assertArrayEquals(Files.readAllBytes(source.resolve(file)), Files.readAllBytes(installed.folder().resolve(file)));
        }
        ImportedPacks listed = ImportedPacks.in(imports);
        assertEquals(List.of("golden"), listed.packs().stream().map(ImportedPack::id).toList());
        LoadedPack loaded = listed.find("golden").orElseThrow().load(new ScenarioLoader());
        assertEquals("ransomware", loaded.scenarios().get(0).getId());
    }

    @Test
    void aPackWithErrorsIsRefusedAndNothingIsWritten() throws Exception {
        Path imports = work.resolve("imports");
        PackImportException e = assertThrows(PackImportException.class,
                () -> importer.install(archiveOf(fixture("flawed-pack")), imports));
        String problems = String.join("\n", e.problems());
        assertTrue(problems.contains("src-flawed-pack.rogpack!/pack/case.rogatory: hack: ERROR:"), problems);
        assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
        assertTrue(isEmpty(imports));
    }

    @Test
    void aPackForANewerRogatoryIsRefused() throws Exception {
        Path source = fixture("golden/pack");
        Path packFile = source.resolve("pack.rogatory");
        Files.writeString(packFile, Files.readString(packFile).replace("minRogatoryVersion=\"0.1\"",
                "minRogatoryVersion=\"9.0\""));
        Path imports = work.resolve("imports");
        PackImportException e = assertThrows(PackImportException.class,
                () -> importer.install(archiveOf(source), imports));
        assertTrue(e.problems().get(0).contains("The pack needs Rogatory 9.0 or newer"), e.problems().toString());
        assertTrue(isEmpty(imports));
    }

    @Test
    void aDoctypeInAnArchivedPackIsRefusedByTheLoader() throws Exception {
        Path source = fixture("golden/pack");
        LoadedPack clean = new ScenarioLoader().loadPack(source);
        Path scenario = source.resolve("ransomware.rogatory");
        Files.writeString(scenario, Files.readString(scenario).replaceFirst("\\?>\n",
                "?>\n<!DOCTYPE lol [<!ENTITY lol \"lol\">]>\n"));
        Path archive = work.resolve("doctype.rogpack");
        PackArchives.write(clean, archive); // reads the files now, DOCTYPE included
        Path imports = work.resolve("imports");
        PackImportException e = assertThrows(PackImportException.class, () -> importer.install(archive, imports));
        String problems = String.join("\n", e.problems());
        assertTrue(problems.contains("!/pack/ransomware.rogatory"), problems);
        assertTrue(problems.contains("DOCTYPE"), problems);
        assertTrue(isEmpty(imports));
    }

    @Test
    void importedPacksSkipsUnfinishedImportsAndNamesFoldersWithoutAPack() throws Exception {
        Path imports = work.resolve("imports");
        Files.createDirectories(imports.resolve(".golden.new-123"));
        Files.createDirectories(imports.resolve("stray"));
        ImportedPacks listed = ImportedPacks.in(imports);
        assertTrue(listed.packs().isEmpty());
        assertEquals(1, listed.problems().size());
        assertTrue(listed.problems().get(0).contains("stray"), listed.problems().toString());
        assertFalse(ImportedPacks.in(work.resolve("missing")).problems().iterator().hasNext());
    }
}
