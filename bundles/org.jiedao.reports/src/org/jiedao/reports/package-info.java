/**
 * The platform's report engine (headless): builds a contributed report, lays it out on pages of
 * positioned drawing operations with the metrics of the embedded Chinese font, and writes it as
 * PDF. The workbench draws the same operations in its print preview and on the printer.
 */
package org.jiedao.reports;
