/**
 * Translations of pack texts. A pack stores its texts inline in its source language; every translatable attribute is
 * annotated {@code http://rogatory.org/l10n}, and its translations live in {@code l10n/<scenario id>_<lang>.properties}
 * (and {@code l10n/<pack id>_<lang>.properties} for the manifest's texts), keyed {@code <element id>.<feature name>}.
 * {@link org.rogatory.model.l10n.Localizer} looks texts up and lists what a translation still lacks.
 */
package org.rogatory.model.l10n;
