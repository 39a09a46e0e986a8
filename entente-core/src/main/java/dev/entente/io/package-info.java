/** Reading data into entente: one sub-package per source ({@code io.curated}, later one per research dataset). */
package dev.entente.io;
