/**
 * The read-only HTTP API under {@code /api}: records, figures, countries, missions and contributions as JSON or CSV.
 * Typed query records, problems from one advice, the next page in a {@code Link} header.
 */
package org.cooperationatlas.api;
