package org.rogatory.pack.essentials.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.rogatory.engine.Engine;
import org.rogatory.engine.journal.Transcript;
import org.rogatory.engine.journal.TranscriptFiles;
import org.rogatory.engine.packs.InstalledPacks;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.ScenarioLoader;

/**
 * Shared access to the built-in pack as installed (through the extension point), its transcripts in
 * {@code transcripts/<scenario id>/} and the expectations in this fragment's {@code expected/<scenario id>/}.
 */
final class EssentialsFixtures {

    /** The six cases of the pack, in the order the issue lists them. */
    static final List<String> SCENARIOS = List.of("ransomware-hospital", "bec-money-mules", "child-exploitation",
            "extradition-national", "intimate-images", "darknet-market");

    static final Engine ENGINE = Engine.standard();

    private static LoadedPack pack;

    private EssentialsFixtures() {
    }

    static Bundle bundle() {
        return FrameworkUtil.getBundle(EssentialsFixtures.class);
    }

    static synchronized LoadedPack pack() throws Exception {
        if (pack == null) {
            pack = InstalledPacks.fromPlatform().find("essentials").orElseThrow().load(new ScenarioLoader());
        }
        return pack;
    }

    /** Every transcript of the pack, as {@code <scenario id>/<name>} without the extension, sorted. */
    static List<String> transcripts() {
        List<String> names = new ArrayList<>();
        Enumeration<URL> found = bundle().findEntries("transcripts", "*.json", true);
        while (found != null && found.hasMoreElements()) {
            String path = found.nextElement().getPath();
            String relative = path.substring(path.indexOf("transcripts/") + "transcripts/".length());
            names.add(relative.substring(0, relative.length() - ".json".length()));
        }
        Collections.sort(names);
        return names;
    }

    static byte[] entry(String folder, String relative) throws IOException {
        int slash = relative.lastIndexOf('/');
        String directory = folder + (slash < 0 ? "" : "/" + relative.substring(0, slash));
        Enumeration<URL> found = bundle().findEntries(directory, relative.substring(slash + 1), false);
        if (found == null || !found.hasMoreElements()) {
            throw new IOException(folder + "/" + relative + " is missing");
        }
        try (InputStream in = found.nextElement().openStream()) {
            return in.readAllBytes();
        }
    }

    static Transcript transcript(String name, Path work) throws IOException {
        Path file = work.resolve(name.replace('/', '_') + ".json");
        Files.write(file, entry("transcripts", name + ".json"));
        return TranscriptFiles.read(file);
    }
}
