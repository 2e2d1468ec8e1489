/**
 * Small value types of the domain shared by features: dated periods with their precision, qualifiers of a
 * figure, and the range of years the atlas accepts.
 */
package org.cooperationatlas.base.domain;
