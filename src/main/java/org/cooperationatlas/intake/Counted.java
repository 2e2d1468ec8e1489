package org.cooperationatlas.intake;

import java.math.BigDecimal;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;

/**
 * What the words around a number say it counts: the unit, a qualifier they add ("300余名", "100 or more") or null,
 * a scale they add ("10余万元" is more than 100,000 yuan: 1 when none), where those words start when they stand
 * before the number ("$5 million": -1 when they do not) and where they end.
 */
record Counted(Unit unit, Qualifier qualifier, BigDecimal scale, int start, int end) {

    Counted(Unit unit, Qualifier qualifier, BigDecimal scale, int end) {
        this(unit, qualifier, scale, -1, end);
    }

    Counted(Unit unit, Qualifier qualifier, int end) {
        this(unit, qualifier, BigDecimal.ONE, -1, end);
    }
}
