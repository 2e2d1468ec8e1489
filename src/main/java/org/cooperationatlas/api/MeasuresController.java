package org.cooperationatlas.api;

import java.util.List;
import org.cooperationatlas.measure.MeasureService;
import org.cooperationatlas.measure.Measures;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The metrics and units figures are given in, with their names in both languages: what the codes of
 * {@code /api/figures} mean, and which figures add up.
 */
@RestController
@RequestMapping("/api")
class MeasuresController {

    private final MeasureService measures;

    MeasuresController(MeasureService measures) {
        this.measures = measures;
    }

    @GetMapping("/metrics")
    ResponseEntity<ApiPage<ApiMetric>> metrics() {
        List<ApiMetric> items =
                measures.measures().metricInfos().stream().map(ApiMetric::of).toList();
        return ResponseEntity.ok(new ApiPage<>(
                0,
                items.size(),
                items,
                null,
                "metrics",
                List.of("code", "nameEn", "nameZh", "usualUnit", "summable"),
                ApiMetric::csvRow));
    }

    @GetMapping("/units")
    ResponseEntity<ApiPage<ApiUnit>> units() {
        List<ApiUnit> items =
                measures.measures().unitInfos().stream().map(ApiUnit::of).toList();
        return ResponseEntity.ok(new ApiPage<>(
                0, items.size(), items, null, "units", List.of("code", "nameEn", "nameZh", "kind"), ApiUnit::csvRow));
    }

    record ApiMetric(String code, String nameEn, String nameZh, String usualUnit, boolean summable) {
        static ApiMetric of(Measures.MetricInfo info) {
            return new ApiMetric(
                    info.metric().code(),
                    info.nameEn(),
                    info.nameZh(),
                    info.usualUnit().code(),
                    info.summable());
        }

        List<String> csvRow() {
            return List.of(code, nameEn, nameZh, usualUnit, String.valueOf(summable));
        }
    }

    record ApiUnit(String code, String nameEn, String nameZh, String kind) {
        static ApiUnit of(Measures.UnitInfo info) {
            return new ApiUnit(
                    info.unit().code(),
                    info.nameEn(),
                    info.nameZh(),
                    info.kind().name());
        }

        List<String> csvRow() {
            return List.of(code, nameEn, nameZh, kind);
        }
    }
}
