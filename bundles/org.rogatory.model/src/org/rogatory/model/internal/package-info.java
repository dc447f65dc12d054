/** Helpers shared by the model bundle's loader, validator and localizer; not API. */
package org.rogatory.model.internal;
