/**
 * Persistence of training sessions. A {@link org.rogatory.engine.journal.SessionJournal} keeps every decision on disk
 * before the trainee sees its result, so a crash loses nothing acknowledged and a session resumes where it stopped; a
 * {@link org.rogatory.engine.journal.Transcript} is the replayable record of a session for grading; a
 * {@link org.rogatory.engine.journal.SessionStore} keeps the journals of one folder. Nothing here knows the scenario
 * model: actions carry an id, string parameters and the simulated time, so the evaluator can change independently.
 */
package org.rogatory.engine.journal;
