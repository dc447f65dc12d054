/**
 * Not API. The builders behind {@link org.rogatory.treaty.rules.RulesBetweenStates}, one per kind of rule.
 */
package org.rogatory.treaty.internal.rules;
