package com.emeraldokr.host;

import com.emeraldokr.core.rest.RestResources;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** Every resource method of {@link RestResources#RESOURCES}, read from the JAX-RS annotations themselves. */
final class RestEndpoints {

    /** One resource method: its HTTP method and its path under the API root, such as {@code /cycles/{id}}. */
    record Declared(Method method, String httpMethod, String path) {
    }

    private RestEndpoints() {
    }

    static List<Declared> all() {
        List<Declared> endpoints = new ArrayList<>();
        for (Class<?> resource : RestResources.RESOURCES) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getMethods()) {
                for (Annotation a : m.getAnnotations()) {
                    HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        Path sub = m.getAnnotation(Path.class);
                        String path = ("/" + base + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
                        endpoints.add(new Declared(m, http.value(), path));
                    }
                }
            }
        }
        return endpoints;
    }
}
