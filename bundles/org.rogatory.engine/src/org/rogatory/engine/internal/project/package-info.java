/** Writing pack plug-in projects from templates; not API. */
package org.rogatory.engine.internal.project;
