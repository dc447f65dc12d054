/**
 * The trainee's case as the workbench plays it: the catalog of installed packs, the open case with its session and
 * journal, and the progress of every case. Views read from here; nothing here creates widgets.
 */
package org.rogatory.ui.internal.play;
