package org.linli.api.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.linli.datasets.PlanJson;
import org.linli.format.WeeklyPlan;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

/**
 * Reads and writes weekly plans in requests and responses exactly as plan files are read and written
 * ({@link PlanJson}): strictly (an unknown property, a wrong type or a missing required list is a 400 naming its JSON
 * path) and deterministically, so a dataset file posts as it is and a solution reads back as a plan file.
 */
final class PlanJsonConverter extends AbstractHttpMessageConverter<WeeklyPlan> {

    PlanJsonConverter() {
        super(StandardCharsets.UTF_8, MediaType.APPLICATION_JSON);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return WeeklyPlan.class.equals(type);
    }

    /** @throws org.linli.datasets.PlanValidationException when the body is not a plan in the format */
    @Override
    protected WeeklyPlan readInternal(Class<? extends WeeklyPlan> type, HttpInputMessage input) throws IOException {
        byte[] body = input.getBody().readAllBytes();
        return PlanJson.read(new ByteArrayInputStream(body), "the request body");
    }

    @Override
    protected void writeInternal(WeeklyPlan plan, HttpOutputMessage output) throws IOException {
        output.getBody().write(PlanJson.write(plan).getBytes(StandardCharsets.UTF_8));
    }
}
