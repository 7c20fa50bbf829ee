package com.emeraldokr.core.rest;

import com.emeraldokr.api.error.ErrorBody;
import com.emeraldokr.api.error.FieldError;
import com.emeraldokr.api.i18n.BundleMessages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.junit.jupiter.api.Test;

import javax.ws.rs.NotAcceptableException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.RedirectionException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The JSON mapping and the error bodies of Emerald's REST API, as Jira and the host both use them. */
class RestJsonTest {

    private static final BundleMessages MESSAGES = new BundleMessages(Locale.ENGLISH);
    private final ObjectMapper mapper = new ObjectMapperResolver().getContext(Object.class);

    record Sample(String name, int count, BigDecimal amount) {
    }

    record Outer(List<Sample> samples) {
    }

    private static FieldError onlyError(Response response) {
        List<FieldError> errors = ((ErrorBody) response.getEntity()).errors();
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void theResolverAnswersOneMapperForEveryType() {
        ObjectMapperResolver resolver = new ObjectMapperResolver();
        assertThat(resolver.getContext(Sample.class)).isSameAs(resolver.getContext(String.class));
    }

    @Test
    void anUnknownPropertyIsRefusedAndMappedToA400NamingIt() {
        UnrecognizedPropertyException e = catchThrowableOfType(UnrecognizedPropertyException.class,
                () -> mapper.readValue("{\"samples\":[{\"name\":\"a\",\"count\":1,\"colour\":\"red\"}]}", Outer.class));

        Response response = new JsonProcessingExceptionMapper(MESSAGES).toResponse(e);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(onlyError(response)).isEqualTo(new FieldError("samples[0].colour", MESSAGES.text("emerald.error.json.unknown.field")));
    }

    @Test
    void aNullForAPrimitiveIsRefusedAndMappedToA400SayingTheFieldIsRequired() {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> mapper.readValue("{\"name\":\"a\",\"count\":null}", Sample.class));

        Response response = new JsonProcessingExceptionMapper(MESSAGES).toResponse(e);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(onlyError(response)).isEqualTo(new FieldError("count", MESSAGES.text("emerald.error.required")));
    }

    @Test
    void aValueOfTheWrongTypeStillSaysSo() {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> mapper.readValue("{\"name\":\"a\",\"count\":\"many\"}", Sample.class));

        assertThat(onlyError(new JsonProcessingExceptionMapper(MESSAGES).toResponse(e)))
                .isEqualTo(new FieldError("count", MESSAGES.text("emerald.error.json.type")));
    }

    @Test
    void decimalsAreWrittenPlain() throws Exception {
        assertThat(mapper.writeValueAsString(new Sample("a", 1, new BigDecimal("2E+3")))).contains("\"amount\":2000");
        assertThat(mapper.writeValueAsString(new BigDecimal("1.5E-7"))).isEqualTo("0.00000015");
    }

    @Test
    void theRuntimesRefusalsBecomeErrorBodiesWithTheirStatusMessage() {
        WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper(MESSAGES);
        Map<WebApplicationException, Integer> refusals = Map.of(
                new NotFoundException(), 404,
                new NotAllowedException("GET", new String[] {"POST"}), 405,
                new NotAcceptableException(), 406,
                new NotSupportedException(), 415,
                new WebApplicationException(409), 409,
                new WebApplicationException(503), 503);
        refusals.forEach((e, status) -> {
            Response response = mapper.toResponse(e);
            assertThat(response.getStatus()).isEqualTo(status);
            assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
            assertThat(onlyError(response)).isEqualTo(new FieldError("",
                    MESSAGES.text(WebApplicationExceptionMapper.messageKey(status), status)));
        });
        assertThat(mapper.toResponse(new NotAllowedException("GET", new String[] {"POST"})).getAllowedMethods()).containsExactlyInAnyOrder("GET", "POST");
    }

    @Test
    void eachCommonStatusHasItsOwnMessageAndTheRestAGeneralOne() {
        assertThat(List.of(404, 405, 406, 415).stream().map(WebApplicationExceptionMapper::messageKey).distinct()).hasSize(4);
        assertThat(WebApplicationExceptionMapper.messageKey(409)).isEqualTo("emerald.error.http.client");
        assertThat(WebApplicationExceptionMapper.messageKey(500)).isEqualTo("emerald.error.http.server");
        for (int status : new int[] {400, 404, 405, 406, 415, 500}) {
            assertThat(MESSAGES.bundle().containsKey(WebApplicationExceptionMapper.messageKey(status))).isTrue();
        }
    }

    @Test
    void aRedirectIsNotAnError() {
        RedirectionException redirect = new RedirectionException(Response.Status.SEE_OTHER, URI.create("/elsewhere"));

        Response response = new WebApplicationExceptionMapper(MESSAGES).toResponse(redirect);

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.hasEntity()).isFalse();
        assertThat(response.getLocation()).isEqualTo(URI.create("/elsewhere"));
    }

    @Test
    void nanOrInfinityIsA400NamingTheFieldItStandsIn() {
        for (String value : List.of("NaN", "Infinity", "-Infinity")) {
            JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                    () -> mapper.readValue("{\"samples\":[{\"name\":\"a\",\"count\":1},{\"count\":2,\"amount\":" + value + "}]}", Outer.class));

            Response response = new JsonProcessingExceptionMapper(MESSAGES).toResponse(e);

            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(onlyError(response).field()).as(value).isEqualTo("samples[1].amount");
            assertThat(onlyError(response).message()).contains("NaN and Infinity are not numbers");
        }
    }

    @Test
    void anUnexpectedExceptionIsAGeneric500ThatShowsNothingOfIt() {
        RuntimeException databaseFailure = new IllegalStateException(
                "org.h2.jdbc.JdbcSQLSyntaxErrorException: Table \"AO_DA61A5_CYCLE\" not found; SQL statement: SELECT * FROM X",
                new java.sql.SQLException("ERROR: value too long for type character varying(10)", "22001"));

        Response response = new UnexpectedExceptionMapper(MESSAGES).toResponse(databaseFailure);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
        FieldError error = onlyError(response);
        assertThat(error.field()).isEmpty();
        assertThat(error.message()).contains("server log").doesNotContain("SQL", "AO_", "org.", "Exception", "varying", "SELECT");
    }
}
