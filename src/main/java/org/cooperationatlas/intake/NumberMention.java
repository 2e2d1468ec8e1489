package org.cooperationatlas.intake;

import java.math.BigDecimal;
import org.cooperationatlas.base.domain.Qualifier;

/**
 * A number in a sentence, in digits or words, with its scale applied ("8.99 billion" is 8,990,000,000), and the
 * qualifier its own form gives, if any ("dozens of" is more than 12, "上百" more than 100).
 */
record NumberMention(BigDecimal value, int start, int end, Qualifier qualifier, boolean inWords) {

    NumberMention(BigDecimal value, int start, int end) {
        this(value, start, end, null, false);
    }
}
