/** The printed brief: the engine's main job on the built-in data, answering CONTEXT.md questions 1–3. */
package dev.entente.analysis.brief;
