/** Reading translation files safely and with line numbers; not API, callers use the localizer. */
package org.rogatory.model.internal.l10n;
