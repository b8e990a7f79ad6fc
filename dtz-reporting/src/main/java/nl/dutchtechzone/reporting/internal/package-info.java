/**
 * Helpers shared by the built-in exporters: the language of a text, plain numbers for machine
 * formats, and writing files whole. Not exported; not an API.
 */
package nl.dutchtechzone.reporting.internal;
