package org.cooperationatlas.api;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every refusal of the API as an RFC 9457 problem ({@code application/problem+json}) that says which parameter is
 * wrong and what it takes, so that a client can fix its address: never read as "no filter" (a mistyped kind would
 * otherwise return every record) and never a 500.
 */
@RestControllerAdvice(assignableTypes = {ApiController.class, MeasuresController.class})
class ApiProblems {

    /** Parameters that could not be converted (a kind that is none) or that fail their bounds. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalid(BindException invalid) {
        String detail = invalid.getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(ApiProblems::describe)
                .distinct()
                .collect(Collectors.joining("; "));
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> refused(ResponseStatusException refusal) {
        return problem(refusal.getBody());
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String describe(FieldError error) {
        String name = "`" + error.getField() + "` ";
        String given = quoted(error.getRejectedValue());
        if (error.contains(TypeMismatchException.class)) {
            Class<?> type = error.unwrap(TypeMismatchException.class).getRequiredType();
            if (type != null && type.isEnum()) {
                return name + "takes one of "
                        + Arrays.stream(type.getEnumConstants())
                                .map(Object::toString)
                                .collect(Collectors.joining(", ")) + "; not " + given;
            }
            return name + "takes a whole number, not " + given;
        }
        return name + error.getDefaultMessage() + (error.getRejectedValue() instanceof Boolean ? "" : ", not " + given);
    }

    private static String quoted(Object value) {
        String text = String.valueOf(value);
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }
}
