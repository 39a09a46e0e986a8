/**
 * The curated dataset shipped inside entente: human-editable {@code .rec} and {@code .tsv} files (format in
 * {@code docs/curated-format.md}), read and checked into a {@link dev.entente.domain.Catalog}.
 */
package dev.entente.io.curated;
