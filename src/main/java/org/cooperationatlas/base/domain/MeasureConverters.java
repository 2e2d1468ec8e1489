package org.cooperationatlas.base.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Metrics and units are stored as their codes, in the columns they have always had. */
public final class MeasureConverters {

    private MeasureConverters() {}

    @Converter(autoApply = true)
    public static class MetricCode implements AttributeConverter<Metric, String> {
        @Override
        public String convertToDatabaseColumn(Metric metric) {
            return metric == null ? null : metric.code();
        }

        @Override
        public Metric convertToEntityAttribute(String code) {
            return code == null ? null : new Metric(code);
        }
    }

    @Converter(autoApply = true)
    public static class UnitCode implements AttributeConverter<Unit, String> {
        @Override
        public String convertToDatabaseColumn(Unit unit) {
            return unit == null ? null : unit.code();
        }

        @Override
        public Unit convertToEntityAttribute(String code) {
            return code == null ? null : new Unit(code);
        }
    }
}
