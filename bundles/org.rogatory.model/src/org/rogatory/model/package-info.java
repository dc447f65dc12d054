/**
 * The scenario format: packs, scenarios, states, evidence, decision points and scoring, as an EMF model. Instructors
 * write cases in this language and the engine reasons over it, so it stays free of behaviour and of any UI.
 */
package org.rogatory.model;
