package org.cooperationatlas.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.Figure;
import org.cooperationatlas.record.Place;
import org.cooperationatlas.source.Source;

/** One record with everything it holds, each figure with its source and quote. */
record ApiRecordDetail(
        long id,
        String title,
        String kind,
        String crimeArea,
        String status,
        String lead,
        List<String> partners,
        LocalDate start,
        String startPrecision,
        LocalDate end,
        String endPrecision,
        String summary,
        List<ApiPlace> places,
        List<ApiFigure> figures,
        List<ApiSource> sources,
        long version) {

    static ApiRecordDetail of(CooperationRecord r) {
        return new ApiRecordDetail(
                r.getId(),
                r.getTitle(),
                r.getKind().name(),
                r.getCrimeArea().name(),
                r.getStatus().name(),
                r.getLeadCountry().getIso2(),
                r.getPartners().stream().map(c -> c.getIso2()).sorted().toList(),
                r.getStartDate(),
                r.getStartPrecision().name(),
                r.getEndDate(),
                r.getEndPrecision() == null ? null : r.getEndPrecision().name(),
                r.getSummary(),
                r.getPlaces().stream().map(ApiPlace::of).toList(),
                r.getFigures().stream().map(ApiFigure::of).toList(),
                r.getSources().stream().map(ApiSource::of).toList(),
                r.getVersion());
    }

    record ApiPlace(String name, String locality, String country) {
        static ApiPlace of(Place p) {
            return new ApiPlace(p.getName(), p.getLocality(), p.getCountry().getIso2());
        }
    }

    record ApiFigure(
            String metric,
            BigDecimal value,
            String qualifier,
            String unit,
            LocalDate periodFrom,
            LocalDate periodTo,
            boolean cumulative,
            String country,
            long sourceId,
            String quote) {
        static ApiFigure of(Figure f) {
            return new ApiFigure(
                    f.getMetric().name(),
                    f.getValue(),
                    f.getQualifier().name(),
                    f.getUnit().name(),
                    f.getPeriodFrom(),
                    f.getPeriodTo(),
                    f.isCumulative(),
                    f.getCountry() == null ? null : f.getCountry().getIso2(),
                    f.getSource().getId(),
                    f.getQuote());
        }
    }

    record ApiSource(long id, String publisher, String title, LocalDate publishedOn, String url, String language) {
        static ApiSource of(Source s) {
            return new ApiSource(
                    s.getId(), s.getPublisher(), s.getTitle(), s.getPublishedOn(), s.getUrl(), s.getLanguage());
        }
    }
}
