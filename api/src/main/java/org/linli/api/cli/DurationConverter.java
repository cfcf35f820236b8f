package org.linli.api.cli;

import java.time.Duration;
import org.linli.solver.solve.Durations;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a time limit option through {@link Durations#parse}: {@code 500ms}, {@code 30s}, {@code 5m}, {@code PT1H}. */
final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
