/**
 * The rules of the Convention that apply to an instrument between a requesting and a requested State, each with a
 * machine-readable effect, a plain-English statement, a citation and a verification status. The engine's evaluator
 * calls {@link org.rogatory.treaty.rules.RulesBetweenStates}; scoring stays in the engine.
 */
package org.rogatory.treaty.rules;
