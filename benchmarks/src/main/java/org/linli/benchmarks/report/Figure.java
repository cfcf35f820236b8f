package org.linli.benchmarks.report;

/**
 * One rendered chart (a figure of the report): a PNG written beside the report and embedded in it.
 *
 * @param fileName the PNG's file name inside the report's {@code charts} folder
 * @param caption one sentence under the chart saying what to read from it
 */
public record Figure(String fileName, String title, String caption, byte[] png) {}
