/**
 * The Convention knowledge base: chapters, articles, provisions and the machine-readable facts the engine needs, each
 * with its verification status, shipped as data so a later check against the official text needs no code change.
 */
package org.rogatory.treaty;
