package org.cooperationatlas.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.measure.MeasureService;
import org.cooperationatlas.peacekeeping.ContributionCursor;
import org.cooperationatlas.peacekeeping.ContributionLine;
import org.cooperationatlas.peacekeeping.ContributionPage;
import org.cooperationatlas.peacekeeping.Mission;
import org.cooperationatlas.peacekeeping.PeacekeepingService;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.FigureLine;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordFinder;
import org.cooperationatlas.record.RecordRow;
import org.cooperationatlas.record.RecordService;
import org.cooperationatlas.record.SeekKey;
import org.cooperationatlas.statistics.CountryInvolvement;
import org.cooperationatlas.statistics.RecordStatistics;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The read-only HTTP API: the atlas's records, figures, countries, missions and contributions as JSON, or as a
 * CSV table of the same rows with {@code format=csv} (or {@code Accept: text/csv}). Lists are paged with
 * {@code page} and {@code size}, and records and figures past their first pages by the {@code after} cursor of
 * each page's {@code next} address, also given as the response's {@code Link} header; the records take the same
 * filters as the records view's address. Reading needs what the UI needs.
 */
@RestController
@RequestMapping("/api")
class ApiController {

    private final RecordService records;
    private final RecordFinder finder;
    private final RecordStatistics statistics;
    private final CountryService countries;
    private final PeacekeepingService peacekeeping;
    private final MeasureService measures;

    ApiController(
            RecordService records,
            RecordFinder finder,
            RecordStatistics statistics,
            CountryService countries,
            PeacekeepingService peacekeeping,
            MeasureService measures) {
        this.measures = measures;
        this.records = records;
        this.finder = finder;
        this.statistics = statistics;
        this.countries = countries;
        this.peacekeeping = peacekeeping;
    }

    @GetMapping("/records")
    ResponseEntity<ApiPage<ApiRecord>> records(@Valid RecordQuery query, HttpServletRequest request) {
        requireKnown(query.metric());
        RecordFilter filter = query.filter(country("country", query.country()));
        Sort sort = query.sortColumn() == null
                ? Sort.unsorted()
                : Sort.by(query.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, query.sortColumn());
        String after = query.cursor();
        List<RecordRow> rows = after == null
                ? finder.list(filter, query.offsetPage(sort))
                : finder.listAfter(filter, sort, RecordCursor.parse(after), 0, query.pageSize());
        String next = rows.size() < query.pageSize() ? null : RecordCursor.of(SeekKey.of(rows.get(rows.size() - 1)));
        return page(
                request,
                query,
                rows.stream().map(ApiRecord::of).toList(),
                next,
                "records",
                List.of("id", "title", "kind", "crimeArea", "periodFrom", "periodTo", "lead", "partners", "headline"),
                ApiRecord::csvRow);
    }

    @GetMapping("/records/{id}")
    ApiRecordDetail record(@PathVariable long id) {
        CooperationRecord record =
                records.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No record " + id));
        return ApiRecordDetail.of(record);
    }

    @GetMapping("/figures")
    ResponseEntity<ApiPage<FigureLine>> figures(@Valid FigureQuery query, HttpServletRequest request) {
        String country = country("country", query.country());
        requireKnown(query.metric());
        String after = query.cursor();
        List<FigureLine> items = records.figures(
                query.metric(),
                country,
                after == null ? 0 : figureId(after),
                after == null ? query.offsetPage(Sort.unsorted()) : PageRequest.of(0, query.pageSize()));
        String next = items.size() < query.pageSize()
                ? null
                : String.valueOf(items.get(items.size() - 1).id());
        return page(
                request,
                query,
                items,
                next,
                "figures",
                List.of(
                        "recordId",
                        "record",
                        "metric",
                        "value",
                        "qualifier",
                        "unit",
                        "periodFrom",
                        "periodTo",
                        "cumulative",
                        "country",
                        "source",
                        "quote"),
                f -> List.of(
                        String.valueOf(f.recordId()),
                        f.recordTitle(),
                        f.metric().name(),
                        f.value().toPlainString(),
                        f.qualifier().name(),
                        f.unit().name(),
                        text(f.periodFrom()),
                        text(f.periodTo()),
                        String.valueOf(f.cumulative()),
                        text(f.countryIso2()),
                        f.source(),
                        text(f.quote())));
    }

    @GetMapping("/countries")
    ResponseEntity<ApiPage<ApiCountry>> countries() {
        Map<String, CountryInvolvement> involvement = statistics.involvementByCountry();
        List<ApiCountry> items = countries.all().stream()
                .map(country -> ApiCountry.of(
                        country,
                        involvement.getOrDefault(country.getIso2(), CountryInvolvement.none(country.getIso2()))))
                .toList();
        return ResponseEntity.ok(new ApiPage<>(
                0,
                items.size(),
                items,
                null,
                "countries",
                List.of(
                        "iso2",
                        "iso3",
                        "numeric",
                        "name",
                        "region",
                        "subRegion",
                        "records",
                        "asLead",
                        "asPartner",
                        "asPlace"),
                ApiCountry::csvRow));
    }

    @GetMapping("/missions")
    ResponseEntity<ApiPage<ApiMission>> missions() {
        List<ApiMission> items =
                peacekeeping.missions().stream().map(ApiMission::of).toList();
        return ResponseEntity.ok(new ApiPage<>(
                0,
                items.size(),
                items,
                null,
                "missions",
                List.of(
                        "acronym",
                        "name",
                        "nameZh",
                        "hostCountry",
                        "hosts",
                        "territory",
                        "startedOn",
                        "endedOn",
                        "predecessor"),
                ApiMission::csvRow));
    }

    @GetMapping("/contributions")
    ResponseEntity<ApiPage<ContributionLine>> contributions(
            @Valid ContributionQuery query, HttpServletRequest request) {
        String country = country("country", query.country());
        String mission = query.mission() == null || query.mission().isBlank()
                ? null
                : query.mission().strip();
        if (mission != null && !peacekeeping.unknownMissions(List.of(mission)).isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "`mission` takes the acronym of a mission " + "(see /api/missions); no mission is called \""
                            + mission + "\"");
        }
        String after = query.cursor();
        ContributionCursor cursor = after == null
                ? null
                : ContributionCursor.parse(after)
                        .orElseThrow(() -> new ResponseStatusException(
                                HttpStatus.BAD_REQUEST, "Not a cursor this API wrote: " + after));
        ContributionPage read = peacekeeping.contributions(
                country,
                mission,
                query.from(),
                query.to(),
                cursor,
                cursor == null ? (int) query.offsetPage(Sort.unsorted()).getOffset() : 0,
                query.pageSize());
        return page(
                request,
                query,
                read.lines(),
                read.next() == null ? null : read.next().encode(),
                "contributions",
                List.of("month", "country", "mission", "personnelType", "male", "female", "total"),
                c -> List.of(
                        c.month().toString(),
                        c.country(),
                        c.mission(),
                        c.personnelType().name(),
                        text(c.male()),
                        text(c.female()),
                        String.valueOf(c.total())));
    }

    private void requireKnown(Metric metric) {
        if (metric != null && !measures.measures().knows(metric)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "`metric` takes the code of a metric (see /api/metrics); no metric has the code " + metric.code());
        }
    }

    /**
     * One page, with the address of the next (null on the last page) in the body and in a {@code Link} header. A
     * list read by keyset gives its last row's {@code after} cursor, and its next page continues from it; other
     * lists continue by page number.
     */
    private static <T> ResponseEntity<ApiPage<T>> page(
            HttpServletRequest request,
            ListQuery query,
            List<T> items,
            String after,
            String name,
            List<String> headers,
            Function<T, List<String>> row) {
        String next = null;
        if (items.size() >= query.pageSize()) {
            UriComponentsBuilder following = UriComponentsBuilder.fromPath(request.getRequestURI())
                    .query(request.getQueryString())
                    .replaceQueryParam("page", query.pageNumber() + 1);
            if (after != null) {
                following.replaceQueryParam("after", after);
            }
            next = following.build().toUriString();
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (next != null) {
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response.body(new ApiPage<>(query.pageNumber(), query.pageSize(), items, next, name, headers, row));
    }

    /** An ISO alpha-2 code of a country the atlas knows, in upper case; null when none is given. */
    private String country(String parameter, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return countries
                .find(code.strip())
                .map(Country::getIso2)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.BAD_REQUEST,
                        "`" + parameter + "` takes the ISO alpha-2 code "
                                + "of a country (see /api/countries); no country has the code \"" + code.strip()
                                + "\""));
    }

    private static long figureId(String after) {
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException notANumber) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "`after` takes the id of the last figure of a page (from its `next` address), not \"" + after
                            + "\"");
        }
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    record ApiRecord(
            long id,
            String title,
            String kind,
            String crimeArea,
            LocalDate periodFrom,
            LocalDate periodTo,
            String lead,
            List<String> partners,
            RecordRow.Headline headline) {

        static ApiRecord of(RecordRow row) {
            return new ApiRecord(
                    row.id(),
                    row.title(),
                    row.kind().name(),
                    row.crimeArea().name(),
                    row.period().firstDay(),
                    row.period().lastDay(),
                    row.lead().getIso2(),
                    row.partners().stream().map(Country::getIso2).sorted().toList(),
                    row.headline());
        }

        List<String> csvRow() {
            return List.of(
                    String.valueOf(id),
                    title,
                    kind,
                    crimeArea,
                    text(periodFrom),
                    text(periodTo),
                    lead,
                    String.join(" ", partners),
                    headline == null
                            ? ""
                            : headline.metric() + " " + headline.qualifier() + " "
                                    + headline.value().stripTrailingZeros().toPlainString() + " " + headline.unit());
        }
    }

    record ApiCountry(
            String iso2,
            String iso3,
            String numeric,
            String name,
            String region,
            String subRegion,
            long records,
            long asLead,
            long asPartner,
            long asPlace) {

        static ApiCountry of(Country c, CountryInvolvement counts) {
            return new ApiCountry(
                    c.getIso2(),
                    c.getIso3(),
                    c.getNumericCode(),
                    c.getNameEn(),
                    c.getRegion(),
                    c.getSubRegion(),
                    counts.total(),
                    counts.asLead(),
                    counts.asPartner(),
                    counts.asPlace());
        }

        List<String> csvRow() {
            return List.of(
                    iso2,
                    text(iso3),
                    text(numeric),
                    name,
                    text(region),
                    text(subRegion),
                    String.valueOf(records),
                    String.valueOf(asLead),
                    String.valueOf(asPartner),
                    String.valueOf(asPlace));
        }
    }

    record ApiMission(
            String acronym,
            String name,
            String nameZh,
            String hostCountry,
            List<String> hosts,
            String territory,
            LocalDate startedOn,
            LocalDate endedOn,
            String predecessor) {

        static ApiMission of(Mission mission) {
            return new ApiMission(
                    mission.getAcronym(),
                    mission.getName(),
                    mission.getNameZh(),
                    mission.getHostCountry() == null
                            ? null
                            : mission.getHostCountry().getIso2(),
                    mission.getHosts().stream().map(Country::getIso2).sorted().toList(),
                    mission.getTerritory(),
                    mission.getStartedOn(),
                    mission.getEndedOn(),
                    mission.getPredecessor() == null
                            ? null
                            : mission.getPredecessor().getAcronym());
        }

        List<String> csvRow() {
            return List.of(
                    acronym,
                    name,
                    text(nameZh),
                    text(hostCountry),
                    String.join(" ", hosts),
                    text(territory),
                    text(startedOn),
                    text(endedOn),
                    text(predecessor));
        }
    }
}
