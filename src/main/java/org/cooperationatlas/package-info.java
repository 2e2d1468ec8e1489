/**
 * The Cooperation Atlas: international law-enforcement cooperation recorded with every figure tied to its source.
 * Each top-level package is a feature that owns its tables and pages; {@code base} is what they all build on.
 */
package org.cooperationatlas;
