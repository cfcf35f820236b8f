package org.linli.api.cli;

/** Bad input on the command line: the message says what is wrong, where, and what to do. */
final class BadInputException extends RuntimeException {

    BadInputException(String message) {
        super(message);
    }
}
