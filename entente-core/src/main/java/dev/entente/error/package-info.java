/** entente's few unchecked exceptions, each carrying a message fit to show a user as it is. */
package dev.entente.error;
