/**
 * Articles in: a pasted text or an uploaded page read for the cooperation it reports, the figures it states and
 * the places and countries it names, proposed as records an editor checks before anything is saved.
 */
package org.cooperationatlas.intake;
