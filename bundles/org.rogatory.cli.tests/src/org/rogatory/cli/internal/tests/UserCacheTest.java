package org.rogatory.cli.internal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rogatory.cli.internal.UserCache;

/** The command line keeps its images where each platform keeps a user's caches, or where the user says. */
class UserCacheTest {

    @Test
    void linuxUsesTheXdgCacheFolderOrDotCache() {
        assertEquals(Path.of("/home/ana/.cache/rogatory/pack-images"),
                UserCache.images(Map.of(), "Linux", "/home/ana").directory());
        assertEquals(Path.of("/var/cache/ana/rogatory/pack-images"),
                UserCache.images(Map.of("XDG_CACHE_HOME", "/var/cache/ana"), "Linux", "/home/ana").directory());
        assertEquals(Path.of("/home/ana/.cache/rogatory/pack-images"),
                UserCache.images(Map.of("XDG_CACHE_HOME", "relative"), "Linux", "/home/ana").directory(),
                "the XDG rules ignore a relative folder");
    }

    @Test
    void windowsAndMacUseTheirOwnFolders() {
        assertEquals(Path.of("C:\\Users\\ana\\AppData\\Local", "Rogatory", "cache", "pack-images"), UserCache
                .images(Map.of("LOCALAPPDATA", "C:\\Users\\ana\\AppData\\Local"), "Windows 11", "C:\\Users\\ana")
                .directory());
        assertEquals(Path.of("/Users/ana/Library/Caches/Rogatory/pack-images"),
                UserCache.images(Map.of(), "Mac OS X", "/Users/ana").directory());
    }

    @Test
    void theVariableMovesTheCacheOrTurnsItOff() {
        assertEquals(Path.of("/srv/rogatory-cache/pack-images"), UserCache
                .images(Map.of(UserCache.VARIABLE, "/srv/rogatory-cache"), "Linux", "/home/ana").directory());
        assertNull(UserCache.images(Map.of(UserCache.VARIABLE, "off"), "Linux", "/home/ana"));
        assertNull(UserCache.images(Map.of(UserCache.VARIABLE, "OFF"), "Windows 11", "C:\\Users\\ana"));
        assertNull(UserCache.images(Map.of(), "Linux", null), "no home, no cache");
    }
}
