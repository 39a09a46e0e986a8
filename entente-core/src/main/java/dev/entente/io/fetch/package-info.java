/** Downloading research datasets from their publishers, verified before they are imported. */
package dev.entente.io.fetch;
