package org.rogatory.model.internal.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;

/**
 * Maps pack-relative paths to the URIs EMF works with, and back. Every file of a pack gets a URI under one synthetic
 * root, so relative {@code href}s resolve between the pack's files while anything absolute (a web address, a
 * {@code file:} URI, {@code ..} past the root) falls outside the root and is refused by {@link ConfinedUriHandler}.
 */
public final class PackPaths {

    /** The scheme of the synthetic root; nothing outside the loader uses it. */
    static final String SCHEME = "rogatory-pack"; //$NON-NLS-1$

    private static final String AUTHORITY = "pack"; //$NON-NLS-1$

    private PackPaths() {
    }

    /**
     * Gives the URI of a file of the pack.
     *
     * @param path a safe pack-relative path
     * @return its URI under the synthetic root
     */
    public static URI uriOf(String path) {
        String[] segments = path.split("/"); //$NON-NLS-1$
        for (int i = 0; i < segments.length; i++) {
            segments[i] = URI.encodeSegment(segments[i], false);
        }
        return URI.createHierarchicalURI(SCHEME, AUTHORITY, null, segments, null, null);
    }

    /**
     * Gives the pack-relative path of a URI, if it denotes a file inside the pack.
     *
     * @param uri any URI; its fragment is ignored
     * @return the path, or empty if the URI points anywhere else
     */
    public static Optional<String> pathOf(URI uri) {
        if (!SCHEME.equals(uri.scheme()) || !AUTHORITY.equals(uri.authority()) || uri.hasQuery()
                || uri.device() != null || !uri.hasAbsolutePath()) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : uri.segmentsList()) {
            segments.add(URI.decode(segment));
        }
        String path = String.join("/", segments); //$NON-NLS-1$
        return isSafe(path) ? Optional.of(path) : Optional.empty();
    }

    /**
     * Checks a pack-relative path: non-empty segments, no {@code .} or {@code ..}, no backslash, colon, wildcard or
     * control character, so no file system or bundle lookup can be steered outside the pack.
     *
     * @param path the path to check
     * @return whether it is safe to hand to a {@link org.rogatory.model.io.PackSource}
     */
    public static boolean isSafe(String path) {
        if (path == null || path.isEmpty()) {
            return false;
        }
        for (String segment : path.split("/", -1)) { //$NON-NLS-1$
            if (segment.isEmpty() || ".".equals(segment) || "..".equals(segment)) { //$NON-NLS-1$ //$NON-NLS-2$
                return false;
            }
            for (char c : segment.toCharArray()) {
                if (c < ' ' || c == '\\' || c == ':' || c == '*' || c == 0x7f) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Returns the path if it is safe, so sources can check it in one line.
     *
     * @param path the path to check
     * @return the same path
     * @throws RefusedReadException if the path could leave the pack
     */
    public static String requireInside(String path) throws RefusedReadException {
        if (!isSafe(path)) {
            throw new RefusedReadException(String.valueOf(path), Messages.Refused_outsidePack,
                    Messages.Refused_outsidePackHint);
        }
        return path;
    }
}
