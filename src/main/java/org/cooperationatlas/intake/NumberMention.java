package org.cooperationatlas.intake;

import java.math.BigDecimal;

/** A number in a sentence, in digits or words, with its scale applied ("8.99 billion" is 8,990,000,000). */
record NumberMention(BigDecimal value, int start, int end) {}
