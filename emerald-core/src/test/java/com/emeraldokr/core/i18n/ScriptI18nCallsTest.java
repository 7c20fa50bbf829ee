package com.emeraldokr.core.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jira's jsI18n transformer replaces only those {@code AJS.I18n.getText(...)} calls whose first
 * argument is a string literal; any other call reaches the browser untranslated and shows the raw
 * key. Every call in Emerald's scripts must therefore name its key literally, and that key must be
 * in Emerald's bundle.
 */
class ScriptI18nCallsTest {

    /** Relative to the module's base directory, which is surefire's working directory. */
    private static final Path RESOURCES = Path.of("src/main/resources");
    /** The bundle lives in emerald-api, beside the renderers that use it most. */
    private static final Path BUNDLE = Path.of("../emerald-api/src/main/resources/com/emeraldokr/emerald.properties");

    private static final Pattern CALL = Pattern.compile("AJS\\s*\\.\\s*I18n\\s*\\.\\s*getText\\s*\\(");
    /** A whole first argument: one quoted literal, then the end of the argument. */
    private static final Pattern LITERAL_FIRST_ARGUMENT =
            Pattern.compile("\\s*(?:'((?:[^'\\\\\\n]|\\\\.)*)'|\"((?:[^\"\\\\\\n]|\\\\.)*)\")\\s*[,)]");

    @Test
    void everyGetTextCallInTheScriptsNamesABundleKeyLiterally() throws IOException {
        List<Path> scripts = scripts();
        assertThat(scripts).as("scripts under %s", RESOURCES.toAbsolutePath()).isNotEmpty();
        Properties bundle = bundle();

        List<String> notLiteral = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int calls = 0;
        for (Path script : scripts) {
            String source = Files.readString(script, StandardCharsets.UTF_8);
            Matcher call = CALL.matcher(source);
            while (call.find()) {
                calls++;
                String where = RESOURCES.relativize(script) + ":" + lineOf(source, call.start());
                Matcher literal = LITERAL_FIRST_ARGUMENT.matcher(source).region(call.end(), source.length());
                if (!literal.lookingAt()) {
                    notLiteral.add(where + ": " + lineText(source, call.start()));
                    continue;
                }
                String key = literal.group(1) != null ? literal.group(1) : literal.group(2);
                if (!bundle.containsKey(key)) {
                    missing.add(where + ": " + key);
                }
            }
        }
        assertThat(calls).as("AJS.I18n.getText calls found in %s", scripts).isPositive();
        assertThat(notLiteral).as("AJS.I18n.getText calls whose first argument is not a string literal "
                + "(Jira's jsI18n transformer leaves them untranslated)").isEmpty();
        assertThat(missing).as("keys used by scripts but missing from %s", BUNDLE).isEmpty();
    }

    @Test
    void theCheckRejectsComputedKeysAndAcceptsLiteralOnes() {
        assertThat(firstArgumentIsLiteral("AJS.I18n.getText('emerald.a', x)")).isTrue();
        assertThat(firstArgumentIsLiteral("AJS.I18n.getText(\"emerald.a\")")).isTrue();
        assertThat(firstArgumentIsLiteral("AJS.I18n.getText(\n    'emerald.a',\n    x)")).isTrue();
        assertThat(firstArgumentIsLiteral("AJS.I18n.getText(failedKey, 'network')")).isFalse();
        assertThat(firstArgumentIsLiteral("AJS.I18n.getText(off ? 'emerald.a' : 'emerald.b', 1)")).isFalse();
        assertThat(firstArgumentIsLiteral("AJS.I18n.getText('emerald.' + kind)")).isFalse();
        assertThat(firstArgumentIsLiteral("AJS.I18n.getText(`emerald.a`)")).isFalse();
    }

    private static boolean firstArgumentIsLiteral(String source) {
        Matcher call = CALL.matcher(source);
        assertThat(call.find()).isTrue();
        return LITERAL_FIRST_ARGUMENT.matcher(source).region(call.end(), source.length()).lookingAt();
    }

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".js") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        assertThat(bundle).as(BUNDLE.toString()).isNotEmpty();
        return bundle;
    }

    private static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String lineText(String source, int offset) {
        int start = source.lastIndexOf('\n', offset) + 1;
        int end = source.indexOf('\n', offset);
        return source.substring(start, end < 0 ? source.length() : end).strip();
    }
}
