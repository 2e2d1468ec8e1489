package org.cooperationatlas.api;

import org.cooperationatlas.record.RecordFinder;
import org.cooperationatlas.statistics.RecordStatistics;

import org.cooperationatlas.statistics.CountryInvolvement;

import org.cooperationatlas.peacekeeping.Mission;
import jakarta.servlet.http.HttpServletRequest;
import org.cooperationatlas.base.csv.CsvTable;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.peacekeeping.ContributionCursor;
import org.cooperationatlas.peacekeeping.ContributionLine;
import org.cooperationatlas.peacekeeping.ContributionPage;
import org.cooperationatlas.peacekeeping.PeacekeepingService;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.FigureLine;
import org.cooperationatlas.record.Metric;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordRow;
import org.cooperationatlas.record.RecordService;
import org.cooperationatlas.record.SeekKey;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The read-only HTTP API: the atlas's records, figures, countries, missions and contributions as JSON, or as CSV
 * with {@code format=csv} (or {@code Accept: text/csv}). Lists are paged with {@code page} and {@code size}, and
 * records and figures past their first pages by the {@code after} cursor of each page's {@code next} address; the
 * records take the same filters as the records view's address. Reading needs what the UI needs.
 */
@RestController
@RequestMapping("/api")
class ApiController {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 1000;
    static final int MAX_OFFSET = 10_000;
    /** The columns records can be sorted by: those an index keeps in order. */
    static final List<String> SORTABLE = List.of("title", "kind", "periodFrom", "leadCountry");

    private final RecordService records;
    private final CountryService countries;
    private final PeacekeepingService peacekeeping;
    private final RecordFinder finder;
    private final RecordStatistics statistics;

    ApiController(RecordService records, RecordFinder finder, RecordStatistics statistics, CountryService countries,
                  PeacekeepingService peacekeeping) {
        this.records = records;
        this.finder = finder;
        this.statistics = statistics;
        this.countries = countries;
        this.peacekeeping = peacekeeping;
    }

    @GetMapping("/records")
    ResponseEntity<?> records(@RequestParam Map<String, String> parameters, HttpServletRequest request) {
        ApiParameters typed = new ApiParameters(parameters, countries);
        RecordFilter filter = typed.recordFilter();
        int page = page(parameters);
        int size = size(parameters);
        String column = typed.oneOf("sort", SORTABLE);
        String direction = typed.oneOf("dir", List.of("asc", "desc"));
        Sort sort = column == null ? Sort.unsorted()
                : Sort.by("desc".equals(direction) ? Sort.Direction.DESC : Sort.Direction.ASC, column);
        String after = parameters.get("after");
        List<RecordRow> rows = after == null ? finder.list(filter, offsetPage(page, size, sort))
                : finder.listAfter(filter, sort, RecordCursor.parse(after), 0, size);
        String next = rows.size() < size ? null : RecordCursor.of(SeekKey.of(rows.get(rows.size() - 1)));
        return respond(request, page, size, rows.stream().map(ApiRecord::of).toList(), next, "records",
                List.of("id", "title", "kind", "crimeArea", "periodFrom", "periodTo", "lead", "partners", "headline"),
                ApiRecord::csvRow);
    }

    @GetMapping("/records/{id}")
    ApiRecordDetail record(@PathVariable long id) {
        CooperationRecord record = records.get(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No record " + id));
        return ApiRecordDetail.of(record);
    }

    @GetMapping("/figures")
    ResponseEntity<?> figures(@RequestParam Map<String, String> parameters, HttpServletRequest request) {
        ApiParameters typed = new ApiParameters(parameters, countries);
        Metric metric = typed.choice("metric", Metric.class);
        String country = typed.country("country");
        int page = page(parameters);
        int size = size(parameters);
        String after = parameters.get("after");
        List<FigureLine> items = records.figures(metric, country,
                after == null ? 0 : parseLong(after), after == null ? offsetPage(page, size, Sort.unsorted())
                        : PageRequest.of(0, size));
        String next = items.size() < size ? null : String.valueOf(items.get(items.size() - 1).id());
        return respond(request, page, size, items, next, "figures", List.of("recordId", "record", "metric", "value",
                "qualifier", "unit", "periodFrom", "periodTo", "cumulative", "country", "source", "quote"),
                f -> List.of(String.valueOf(f.recordId()), f.recordTitle(), f.metric().name(), f.value().toPlainString(),
                        f.qualifier().name(), f.unit().name(), text(f.periodFrom()), text(f.periodTo()),
                        String.valueOf(f.cumulative()), text(f.countryIso2()), f.source(), text(f.quote())));
    }

    @GetMapping("/countries")
    ResponseEntity<?> countries(HttpServletRequest request) {
        Map<String, CountryInvolvement> involvement = statistics.involvementByCountry();
        List<ApiCountry> items = countries.all().stream().map(country -> ApiCountry.of(country,
                involvement.getOrDefault(country.getIso2(), CountryInvolvement.none(country.getIso2())))).toList();
        return respond(request, 0, items.size(), items, null, "countries", List.of("iso2", "iso3", "numeric", "name",
                "region", "subRegion", "records", "asLead", "asPartner", "asPlace"), ApiCountry::csvRow);
    }

    @GetMapping("/missions")
    ResponseEntity<?> missions(HttpServletRequest request) {
        List<ApiMission> items = peacekeeping.missions().stream().map(ApiMission::of).toList();
        return respond(request, 0, items.size(), items, null, "missions", List.of("acronym", "name", "hostCountry"),
                m -> List.of(m.acronym(), m.name(), text(m.hostCountry())));
    }

    @GetMapping("/contributions")
    ResponseEntity<?> contributions(@RequestParam Map<String, String> parameters, HttpServletRequest request) {
        int page = page(parameters);
        int size = size(parameters);
        ApiParameters typed = new ApiParameters(parameters, countries);
        String country = typed.country("country");
        String mission = typed.get("mission");
        if (mission != null && peacekeeping.missions().stream().noneMatch(known -> known.getAcronym().equalsIgnoreCase(mission))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "`mission` takes the acronym of a mission "
                    + "(see /api/missions); no mission is called \"" + mission + "\"");
        }
        String after = parameters.get("after");
        ContributionCursor cursor = after == null ? null : ContributionCursor.parse(after).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a cursor this API wrote: " + after));
        ContributionPage read = peacekeeping.contributions(country, mission, typed.year("from"), typed.year("to"), cursor,
                cursor == null ? (int) offsetPage(page, size, Sort.unsorted()).getOffset() : 0, size);
        List<ContributionLine> items = read.lines();
        return respond(request, page, size, items, read.next() == null ? null : read.next().encode(), "contributions", List.of("month", "country", "mission",
                "personnelType", "male", "female", "total"), c -> List.of(c.month().toString(), c.country(),
                c.mission(), c.personnelType().name(), text(c.male()), text(c.female()), String.valueOf(c.total())));
    }

    /**
     * The answer as JSON or CSV. A list read by keyset gives its last row's {@code after} cursor, and its next
     * page continues from it; other lists continue by page number.
     */
    private static <T> ResponseEntity<?> respond(HttpServletRequest request, int page, int size, List<T> items,
                                                 String after, String name, List<String> headers,
                                                 Function<T, List<String>> row) {
        boolean csv = "csv".equalsIgnoreCase(request.getParameter("format"))
                || String.valueOf(request.getHeader(HttpHeaders.ACCEPT)).contains("text/csv");
        UriComponentsBuilder following = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString()).replaceQueryParam("page", page + 1);
        if (after != null) {
            following.replaceQueryParam("after", after);
        }
        String next = items.size() < size ? null : following.build().toUriString();
        if (csv) {
            CsvTable table = new CsvTable(name, next == null ? List.of() : List.of("Next page: " + next), headers,
                    items.stream().map(row).toList()).withExportDate("Exported on", LocalDate.now());
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                    .body(table.toBytes());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new ApiPage<>(page, size, items, next));
    }

    private static int page(Map<String, String> parameters) {
        return Math.max(0, parseInt(parameters.get("page"), 0));
    }

    /**
     * A page found by counting rows from the start: only within the first {@value #MAX_OFFSET} rows, past which
     * counting would cost seconds; deeper pages are reached by the {@code after} cursor of their {@code next}
     * address.
     */
    private static PageRequest offsetPage(int page, int size, Sort sort) {
        if ((long) page * size >= MAX_OFFSET) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A page number reaches the first " + MAX_OFFSET
                    + " rows; follow each page's `next` address (its `after` cursor) to read further");
        }
        return PageRequest.of(page, size, sort);
    }

    private static int size(Map<String, String> parameters) {
        return Math.min(MAX_SIZE, Math.max(1, parseInt(parameters.get("size"), DEFAULT_SIZE)));
    }

    /** A refused request says why, as an RFC 9457 problem, so that a client can fix its address. */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> refused(ResponseStatusException refusal) {
        return ResponseEntity.status(refusal.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(refusal.getBody());
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a number: " + value);
        }
    }

    private static int parseInt(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a number: " + value);
        }
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    record ApiRecord(long id, String title, String kind, String crimeArea, LocalDate periodFrom, LocalDate periodTo,
                     String lead, List<String> partners, RecordRow.Headline headline) {

        static ApiRecord of(RecordRow row) {
            return new ApiRecord(row.id(), row.title(), row.kind().name(), row.crimeArea().name(),
                    row.period().firstDay(), row.period().lastDay(), row.lead().getIso2(),
                    row.partners().stream().map(Country::getIso2).sorted().toList(), row.headline());
        }

        List<String> csvRow() {
            return List.of(String.valueOf(id), title, kind, crimeArea, text(periodFrom), text(periodTo), lead,
                    String.join(" ", partners), headline == null ? "" : headline.metric() + " " + headline.qualifier()
                            + " " + headline.value().stripTrailingZeros().toPlainString() + " " + headline.unit());
        }
    }

    record ApiCountry(String iso2, String iso3, String numeric, String name, String region, String subRegion,
                      long records, long asLead, long asPartner, long asPlace) {

        static ApiCountry of(Country c, CountryInvolvement counts) {
            return new ApiCountry(c.getIso2(), c.getIso3(), c.getNumericCode(), c.getNameEn(), c.getRegion(),
                    c.getSubRegion(), counts.total(), counts.asLead(), counts.asPartner(), counts.asPlace());
        }

        List<String> csvRow() {
            return List.of(iso2, text(iso3), text(numeric), name, text(region), text(subRegion), String.valueOf(records),
                    String.valueOf(asLead), String.valueOf(asPartner), String.valueOf(asPlace));
        }
    }

    record ApiMission(String acronym, String name, String hostCountry) {

        static ApiMission of(Mission mission) {
            return new ApiMission(mission.getAcronym(), mission.getName(),
                    mission.getHostCountry() == null ? null : mission.getHostCountry().getIso2());
        }
    }
}
