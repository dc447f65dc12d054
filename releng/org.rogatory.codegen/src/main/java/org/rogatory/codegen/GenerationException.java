package org.rogatory.codegen;

/** A genmodel could not be loaded or generated; the message says which and why. */
final class GenerationException extends Exception {

  private static final long serialVersionUID = 1L;

  GenerationException(String message) {
    super(message);
  }

  GenerationException(String message, Throwable cause) {
    super(message, cause);
  }
}
