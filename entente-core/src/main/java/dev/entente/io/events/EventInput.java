package dev.entente.io.events;

import java.nio.file.Path;

/**
 * One file to import and the layout detected for it.
 *
 * @param file the file as given (plain, .gz or .zip)
 * @param layout its layout
 */
public record EventInput(Path file, EventLayout layout) {}
