/**
 * Pack archives ({@code .rogpack}): one file that carries a pack offline, from a regional centre to a workshop laptop.
 * Writing is deterministic, so the same pack always gives the same bytes; reading treats every archive as hostile and
 * checks everything (paths, links, sizes as really inflated, duplicates, digests, the archive format) in memory before
 * a single file is written. Start with {@link org.rogatory.model.archive.PackArchives}.
 */
package org.rogatory.model.archive;
