package org.linli.datasets.itc2007;

/**
 * A malformed ITC2007 Track 3 instance ({@code .ctt}) or solution ({@code .sol}) file.
 *
 * <p>Thrown instead of skipping or guessing: a file is either read completely and consistently or not at all, so a
 * benchmark can never run on a silently truncated instance or be scored on a partial solution. The message always names
 * the source, the 1-based line and the offending token, for example {@code comp01.ctt line 12: expected a non-negative
 * integer for 'lectures' but found 'x'}.
 */
public final class ItcFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    ItcFormatException(String source, int line, String detail) {
        super(source + " line " + line + ": " + detail);
        this.source = source;
        this.line = line;
    }

    /** The file name or source name given to the reader. */
    public String source() {
        return source;
    }

    /** The 1-based line the problem was found on. */
    public int line() {
        return line;
    }
}
