package org.cooperationatlas.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.cooperationatlas.base.domain.DatePrecision;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.source.Source;
import org.cooperationatlas.source.SourceService;
import org.springframework.stereotype.Component;

/** Builds valid records for tests that change data, so that they never touch the seeded article. */
@Component
public class TestRecords {

    private final CountryService countries;
    private final SourceService sources;
    private final RecordService records;

    TestRecords(CountryService countries, SourceService sources, RecordService records) {
        this.countries = countries;
        this.sources = sources;
        this.records = records;
    }

    public Source source(String title) {
        Source source = new Source();
        source.setPublisher("Test Wire");
        source.setTitle(title);
        source.setPublishedOn(LocalDate.of(2020, 3, 1));
        source.setLanguage("en");
        return sources.save(source);
    }

    /** An unsaved, valid record: France and Spain patrolling together in 2019, with one figure. */
    public CooperationRecord unsaved(String title) {
        Source source = source("About " + title);
        CooperationRecord record = new CooperationRecord();
        record.setTitle(title);
        record.setKind(RecordKind.JOINT_PATROL);
        record.setCrimeArea(CrimeArea.PUBLIC_ORDER_TOURIST_SAFETY);
        record.setLeadCountry(countries.find("FR").orElseThrow());
        record.setPartners(Set.of(countries.find("ES").orElseThrow()));
        record.setStartDate(LocalDate.of(2019, 6, 1));
        record.setStartPrecision(DatePrecision.MONTH);
        record.setStatus(RecordStatus.COMPLETED);
        record.setSources(Set.of(source));
        record.getPlaces().add(new Place("Barcelona", null, countries.find("ES").orElseThrow()));
        Figure officers =
                new Figure(Metric.OFFICERS_DEPLOYED, new BigDecimal("12"), Qualifier.EXACT, Unit.PEOPLE, source);
        record.addFigure(officers);
        return record;
    }

    /** A saved record, read back as the form reads it. */
    public CooperationRecord saved(String title) {
        return records.get(records.save(unsaved(title)).getId()).orElseThrow();
    }

    /** The record as a caller that did not load it through the service holds it: without its stored footprint. */
    public void forgetStoredFootprint(CooperationRecord record) {
        record.rememberStored(null);
    }
}
