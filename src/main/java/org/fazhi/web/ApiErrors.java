package org.fazhi.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fazhi.audit.Refusals;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * JSON answers of the API to refused input: 400 with a message in the caller's language (Chinese unless English was
 * chosen), the offending field where there is one, and every field error of a request body.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

	private final MessageSource messages;
	private final Refusals refusals;

	ApiErrors(MessageSource messages, Refusals refusals) {
		this.messages = messages;
		this.refusals = refusals;
	}

	@ExceptionHandler(RuleViolation.class)
	ResponseEntity<Map<String, Object>> refused(RuleViolation violation) {
		refusals.record(violation, "API", null);
		var response = body(HttpStatus.BAD_REQUEST, text(violation.messageKey(), violation.arguments()),
				violation.field(), List.of());
		if (violation.rule() != null) {
			// the rule of law that refused: its code, statute and article, as the rulebook lists them
			var rule = violation.rule();
			boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
			response.getBody().put("rule", rule.code());
			response.getBody().put("statute", english ? messages.getMessage("statute." + rule.statute().name(), null,
					rule.statute().chineseName(), Locale.ENGLISH) : rule.statute().chineseName());
			response.getBody().put("article", english ? org.fazhi.shared.ChineseNumerals.citationInEnglish(rule.article())
					: rule.article());
		}
		return response;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException invalid) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
			.map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
			.toList();
		FieldError first = invalid.getBindingResult().getFieldError();
		return body(HttpStatus.BAD_REQUEST, text("api.invalid"), first == null ? null : first.getField(), errors);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> unreadable(Exception ex) {
		return body(HttpStatus.BAD_REQUEST, text("api.unreadable"), null, List.of());
	}

	/** A query or path parameter that is not of its type: named, with the values it takes when they are few. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, Object>> mismatched(MethodArgumentTypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		String value = ex.getValue() == null ? "" : String.valueOf(ex.getValue());
		value = value.length() > 40 ? value.substring(0, 40) + "…" : value;
		String message;
		if (type != null && type.isEnum()) {
			String allowed = java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
				.collect(java.util.stream.Collectors.joining(", "));
			message = text("api.parameter.oneOf", ex.getName(), value, allowed);
		}
		else if (type == Boolean.class || type == boolean.class) {
			message = text("api.parameter.oneOf", ex.getName(), value, "true, false");
		}
		else if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
			message = text("api.parameter.number", ex.getName(), value);
		}
		else {
			message = text("api.parameter.invalid", ex.getName(), value);
		}
		return body(HttpStatus.BAD_REQUEST, message, ex.getName(), List.of());
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<Map<String, Object>> notFound(NotFound ex) {
		return body(HttpStatus.NOT_FOUND, text("error.404"), null, List.of());
	}

	@ExceptionHandler({ DataIntegrityViolationException.class, OptimisticLockingFailureException.class,
			jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleStateException.class })
	ResponseEntity<Map<String, Object>> conflict(Exception ex) {
		return body(HttpStatus.CONFLICT, text("record.conflict"), null, List.of());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message, String field,
			List<Map<String, String>> errors) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status.value());
		body.put("message", message);
		if (field != null) {
			body.put("field", field);
		}
		if (!errors.isEmpty()) {
			body.put("errors", errors);
		}
		return ResponseEntity.status(status).body(body);
	}
}
