package org.cooperationatlas.statistics;

import java.math.BigDecimal;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;

/** The sum of one metric's yearly figures in one year, unit and qualifier. */
record YearGroup(Integer year, Unit unit, Qualifier qualifier, BigDecimal sum) {}
