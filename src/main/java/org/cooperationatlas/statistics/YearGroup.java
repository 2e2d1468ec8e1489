package org.cooperationatlas.statistics;

import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.record.Unit;

import java.math.BigDecimal;

/** The sum of one metric's yearly figures in one year, unit and qualifier. */
record YearGroup(Integer year, Unit unit, Qualifier qualifier, BigDecimal sum) {
}
