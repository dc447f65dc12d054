/**
 * Reading and writing scenario packs. Packs come from instructors, regional centres and the internet, so loading treats
 * every file as hostile: no DOCTYPE, no network, nothing outside the pack folder, and every problem reported with its
 * file, line and column so an author can fix it. Start with {@link org.rogatory.model.io.ScenarioLoader}.
 */
package org.rogatory.model.io;
