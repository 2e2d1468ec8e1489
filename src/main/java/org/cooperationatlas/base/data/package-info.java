/**
 * Data plumbing shared by the features: the data version and the aggregate cache, the database functions
 * registered with Hibernate, and the state rows of derived tables.
 */
package org.cooperationatlas.base.data;
