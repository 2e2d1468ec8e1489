/**
 * Finding records: the word index behind the text filter, the tables of a record's countries and regions, keyset
 * paging and the query plan of each grid request; it provides the record feature's {@code RecordFinder}.
 */
package org.cooperationatlas.search;
