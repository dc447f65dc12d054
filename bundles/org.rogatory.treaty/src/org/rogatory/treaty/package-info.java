/**
 * The Convention knowledge base API: {@link org.rogatory.treaty.ConventionKnowledgeBase} loads the shipped data once
 * and serves immutable entries (articles, provisions, instruments, channels, refusal grounds, facts, thresholds,
 * declaration topics), each with its {@link org.rogatory.treaty.Citation} and verification status. Citations never
 * show a paragraph whose number is not verified. {@link org.rogatory.treaty.ScenarioVocabulary} maps the scenario
 * format's instrument and channel literals to the knowledge base keys.
 */
package org.rogatory.treaty;
