/**
 * The bodies of the scenario format's constraints, grouped by topic, and the helper that turns a finding into a
 * diagnostic that names the element and says how to fix it. Not API: callers use
 * {@link org.rogatory.model.validation.ScenarioValidation}.
 */
package org.rogatory.model.internal.validation;
