package fi.register.deploy.gateway;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Every request a side's controllers map (method and path, path variables filled with a placeholder), read from
 * their annotations: so a new endpoint is routed-tested the day it is written, not when someone adds it to a list.
 */
final class SideEndpoints {

    record Endpoint(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private SideEndpoints() {
    }

    static List<Endpoint> of(String sidePackage) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (JavaClass controller : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(sidePackage)) {
            if (!controller.isMetaAnnotatedWith(Controller.class) && !controller.isAnnotatedWith(Controller.class)) {
                continue;
            }
            Class<?> type = controller.reflect();
            RequestMapping onType = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
            List<String> prefixes = onType == null || onType.path().length == 0 ? List.of("") : List.of(onType.path());
            for (Method handler : type.getDeclaredMethods()) {
                RequestMapping onMethod = AnnotatedElementUtils.findMergedAnnotation(handler, RequestMapping.class);
                if (onMethod == null) {
                    continue;
                }
                List<String> paths = onMethod.path().length == 0 ? List.of("") : List.of(onMethod.path());
                List<RequestMethod> methods = onMethod.method().length == 0
                        ? List.of(RequestMethod.GET, RequestMethod.POST) : List.of(onMethod.method());
                for (String prefix : prefixes) {
                    for (String path : paths) {
                        for (RequestMethod method : methods) {
                            endpoints.add(new Endpoint(method.name(), (prefix + path).replaceAll("\\{[^}]+}", "x1")));
                        }
                    }
                }
            }
        }
        return endpoints;
    }
}
